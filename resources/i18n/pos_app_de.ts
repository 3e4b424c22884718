<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AmountInput</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>That amount is not in {currency}.</source>
        <translation>Dieser Betrag ist nicht in {currency}.</translation>
    </message>
    <message>
        <source>Type an amount such as {example}.</source>
        <translation>Geben Sie einen Betrag wie {example} ein.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Group the digits in threes, as in {example}.</source>
        <translation>Fassen Sie die Ziffern in Dreiergruppen zusammen, wie in {example}.</translation>
    </message>
    <message>
        <source>That amount is too large.</source>
        <translation>Dieser Betrag ist zu hoch.</translation>
    </message>
    <message>
        <source>Use “{point}” for the decimals, as in {example}.</source>
        <translation>Verwenden Sie „{point}“ für die Nachkommastellen, wie in {example}.</translation>
    </message>
    <message>
        <source>Type three digits after each “{separator}”, as in {example}.</source>
        <translation>Tippen Sie nach jedem „{separator}“ drei Ziffern, wie in {example}.</translation>
    </message>
    <message>
        <source>{currency} amounts have no decimal places.</source>
        <translation>{currency}-Beträge haben keine Nachkommastellen.</translation>
    </message>
    <message>
        <source>{currency} amounts have 1 decimal place.</source>
        <translation>{currency}-Beträge haben 1 Nachkommastelle.</translation>
    </message>
    <message numerus="yes">
        <source>{currency} amounts have %n decimal places.</source>
        <translation>
            <numerusform>{currency}-Beträge haben %n Nachkommastelle.</numerusform>
            <numerusform>{currency}-Beträge haben %n Nachkommastellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The largest card charge is {amount}.</source>
        <translation>Die höchste Kartenzahlung beträgt {amount}.</translation>
    </message>
    <message>
        <source>Not pasted: {reason}</source>
        <translation>Nicht eingefügt: {reason}</translation>
    </message>
    <message>
        <source>Not pasted: {currency} is charged in whole units.</source>
        <translation>Nicht eingefügt: {currency} wird nur in ganzen Einheiten abgerechnet.</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>A payment is in progress. Wait for its outcome before closing.</source>
        <translation>Eine Zahlung läuft. Warten Sie vor dem Schließen auf das Ergebnis.</translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation>Kartenzahlung</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Bestellung {order}</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Neue Bestellung</translation>
    </message>
    <message>
        <source>Charge {amount}</source>
        <translation>{amount} kassieren</translation>
    </message>
    <message>
        <source>Charge {amount} to this card (Enter)</source>
        <translation>Diese Karte mit {amount} belasten (Enter)</translation>
    </message>
    <message>
        <source>Charging card…</source>
        <translation>Karte wird belastet…</translation>
    </message>
    <message>
        <source>Checking payment status… Do not charge the card again.</source>
        <translation>Zahlungsstatus wird geprüft… Belasten Sie die Karte nicht erneut.</translation>
    </message>
    <message>
        <source>Approved {amount}</source>
        <translation>{amount} genehmigt</translation>
    </message>
    <message>
        <source>Stripe has not confirmed this payment yet. Do not charge the card again: the order stays open and the till keeps checking. History shows the outcome.</source>
        <translation>Stripe hat diese Zahlung noch nicht bestätigt. Belasten Sie die Karte nicht erneut: Die Bestellung bleibt offen und die Kasse prüft weiter. Der Verlauf zeigt das Ergebnis.</translation>
    </message>
</context>
<context>
    <name>CardEntryDialog</name>
    <message>
        <source>{title}: problem</source>
        <translation>{title}: Problem</translation>
    </message>
    <message>
        <source>Swipe the card or key it in, then press Enter. Esc goes back.</source>
        <translation>Ziehen Sie die Karte durch oder tippen Sie sie ein, dann drücken Sie Enter. Mit Esc zurück.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel: {title}</source>
        <translation>Abbrechen: {title}</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Zurück (Esc)</translation>
    </message>
    <message>
        <source>Check the fields marked in red. Nothing was sent.</source>
        <translation>Prüfen Sie die rot markierten Felder. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Key {card} in again</source>
        <translation>{card} erneut eintippen</translation>
    </message>
    <message>
        <source>Stripe is still answering. Wait for the outcome before closing.</source>
        <translation>Stripe antwortet noch. Warten Sie vor dem Schließen auf das Ergebnis.</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>The card could not be read. Swipe again or type the number.</source>
        <translation>Die Karte konnte nicht gelesen werden. Ziehen Sie sie erneut durch oder tippen Sie die Nummer ein.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>Card number, grouped as the brand groups it (Tab to expiry)</source>
        <translation>Kartennummer, gruppiert wie bei der Kartenmarke üblich (Tab zum Ablaufdatum)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Kartenmarke</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Expiry as MM/YY (Tab to CVC)</source>
        <translation>Ablaufdatum als MM/JJ (Tab zum CVC)</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/JJ</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>Sicherheitscode</translation>
    </message>
    <message>
        <source>The 3 or 4 digit security code (CVC), hidden as typed</source>
        <translation>Der 3- oder 4-stellige Sicherheitscode (CVC), bei der Eingabe verborgen</translation>
    </message>
    <message>
        <source>CVC</source>
        <translation>CVC</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Billing postal code (optional)</source>
        <translation>Postleitzahl der Rechnungsadresse (optional)</translation>
    </message>
    <message>
        <source>Name on card</source>
        <translation>Name auf der Karte</translation>
    </message>
    <message>
        <source>Name on card (optional)</source>
        <translation>Name auf der Karte (optional)</translation>
    </message>
    <message>
        <source>Expiry (MM/YY)</source>
        <translation>Ablaufdatum (MM/JJ)</translation>
    </message>
    <message>
        <source>Not needed (swiped)</source>
        <translation>Nicht nötig (durchgezogen)</translation>
    </message>
    <message>
        <source>Optional for a swiped card: the security code is not on the stripe</source>
        <translation>Optional bei durchgezogener Karte: Der Sicherheitscode ist nicht auf dem Magnetstreifen</translation>
    </message>
    <message>
        <source>brand not known yet</source>
        <translation>Marke noch unbekannt</translation>
    </message>
    <message>
        <source>✓ Number looks right</source>
        <translation>✓ Nummer scheint korrekt</translation>
    </message>
</context>
<context>
    <name>CardTokens</name>
    <message>
        <source>This Stripe test account takes only Stripe&apos;s test card numbers (for example 4242 4242 4242 4242).</source>
        <translation>Dieses Stripe-Testkonto nimmt nur die Testkartennummern von Stripe an (zum Beispiel 4242 4242 4242 4242).</translation>
    </message>
</context>
<context>
    <name>CardValidation</name>
    <message>
        <source>Card number is not valid, check the digits</source>
        <translation>Kartennummer ist ungültig, prüfen Sie die Ziffern</translation>
    </message>
    <message>
        <source>Card could not be read, swipe again or key it in</source>
        <translation>Karte konnte nicht gelesen werden, erneut durchziehen oder eintippen</translation>
    </message>
    <message>
        <source>Enter the card number</source>
        <translation>Geben Sie die Kartennummer ein</translation>
    </message>
    <message>
        <source>Card number may contain only digits</source>
        <translation>Kartennummer darf nur Ziffern enthalten</translation>
    </message>
    <message>
        <source>Card number is incomplete</source>
        <translation>Kartennummer ist unvollständig</translation>
    </message>
    <message>
        <source>Enter the expiry as MM/YY</source>
        <translation>Geben Sie das Ablaufdatum als MM/JJ ein</translation>
    </message>
    <message>
        <source>Expiry month must be 01 to 12</source>
        <translation>Ablaufmonat muss zwischen 01 und 12 liegen</translation>
    </message>
    <message>
        <source>Expiry is in the past</source>
        <translation>Ablaufdatum liegt in der Vergangenheit</translation>
    </message>
    <message>
        <source>Expiry is too far in the future</source>
        <translation>Ablaufdatum liegt zu weit in der Zukunft</translation>
    </message>
    <message>
        <source>CVC must be {count} digits</source>
        <translation>CVC muss {count} Ziffern haben</translation>
    </message>
    <message>
        <source>CVC must be {counts} or {last} digits</source>
        <translation>CVC muss {counts} oder {last} Ziffern haben</translation>
    </message>
    <message>
        <source>Card number has the wrong number of digits</source>
        <translation>Kartennummer hat die falsche Anzahl an Ziffern</translation>
    </message>
    <message>
        <source>Postal code looks wrong</source>
        <translation>Postleitzahl scheint falsch</translation>
    </message>
    <message>
        <source>Name is too long</source>
        <translation>Name ist zu lang</translation>
    </message>
    <message>
        <source>Name contains characters that cannot be printed</source>
        <translation>Name enthält Zeichen, die nicht gedruckt werden können</translation>
    </message>
    <message>
        <source>Keyed</source>
        <translation>Manuell eingegeben</translation>
    </message>
    <message>
        <source>Swiped</source>
        <translation>Magnetstreifen</translation>
    </message>
    <message>
        <source>Card on file</source>
        <translation>Hinterlegte Karte</translation>
    </message>
</context>
<context>
    <name>CashierMessages</name>
    <message>
        <source>Declined: insufficient funds. Ask for another card or a smaller amount.</source>
        <translation>Abgelehnt: Deckung nicht ausreichend. Bitten Sie um eine andere Karte oder einen kleineren Betrag.</translation>
    </message>
    <message>
        <source>Declined: the card has expired. Check the expiry date or ask for another card.</source>
        <translation>Abgelehnt: Die Karte ist abgelaufen. Prüfen Sie das Ablaufdatum oder bitten Sie um eine andere Karte.</translation>
    </message>
    <message>
        <source>Declined: the security code (CVC) is wrong. Check it with the customer and try again.</source>
        <translation>Abgelehnt: Der Sicherheitscode (CVC) ist falsch. Prüfen Sie ihn mit dem Kunden und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The security code (CVC) is not valid. Check it and try again.</source>
        <translation>Der Sicherheitscode (CVC) ist ungültig. Prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The card number is wrong. Check it and key it in again.</source>
        <translation>Die Kartennummer ist falsch. Prüfen Sie sie und tippen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>The card number is not valid. Check it and key it in again.</source>
        <translation>Die Kartennummer ist ungültig. Prüfen Sie sie und tippen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>The expiry month is not valid. Check the expiry date.</source>
        <translation>Der Ablaufmonat ist ungültig. Prüfen Sie das Ablaufdatum.</translation>
    </message>
    <message>
        <source>The expiry year is not valid. Check the expiry date.</source>
        <translation>Das Ablaufjahr ist ungültig. Prüfen Sie das Ablaufdatum.</translation>
    </message>
    <message>
        <source>Declined: the postal code does not match. Check it and retry.</source>
        <translation>Abgelehnt: Die Postleitzahl stimmt nicht überein. Prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The card could not be processed. Try once more; if it fails again, ask for another card.</source>
        <translation>Die Karte konnte nicht verarbeitet werden. Versuchen Sie es noch einmal; schlägt es erneut fehl, bitten Sie um eine andere Karte.</translation>
    </message>
    <message>
        <source>Declined: the card has reached its limit. Ask for another card.</source>
        <translation>Abgelehnt: Das Kartenlimit ist erreicht. Bitten Sie um eine andere Karte.</translation>
    </message>
    <message>
        <source>Declined too many times. Wait a while or ask for another card.</source>
        <translation>Zu oft abgelehnt. Warten Sie eine Weile oder bitten Sie um eine andere Karte.</translation>
    </message>
    <message>
        <source>(Stripe request {request})</source>
        <translation>(Stripe-Anfrage {request})</translation>
    </message>
    <message>
        <source>Declined. Ask the customer for another card or another way to pay.</source>
        <translation>Abgelehnt. Bitten Sie den Kunden um eine andere Karte oder eine andere Zahlungsart.</translation>
    </message>
    <message>
        <source>Card declined</source>
        <translation>Karte abgelehnt</translation>
    </message>
    <message>
        <source>Nothing was charged.</source>
        <translation>Es wurde nichts belastet.</translation>
    </message>
    <message>
        <source>Check the entry</source>
        <translation>Eingabe prüfen</translation>
    </message>
    <message>
        <source>Checking payment status…</source>
        <translation>Zahlungsstatus wird geprüft…</translation>
    </message>
    <message>
        <source>The answer from Stripe was lost. Checking whether the payment went through — do not charge the card again.</source>
        <translation>Die Antwort von Stripe ging verloren. Es wird geprüft, ob die Zahlung durchging — belasten Sie die Karte nicht erneut.</translation>
    </message>
    <message>
        <source>Still being checked</source>
        <translation>Wird noch geprüft</translation>
    </message>
    <message>
        <source>An earlier payment for this order is still being checked with Stripe. Wait for its outcome; do not take the payment again.</source>
        <translation>Eine frühere Zahlung für diese Bestellung wird noch bei Stripe geprüft. Warten Sie auf das Ergebnis; kassieren Sie nicht erneut.</translation>
    </message>
    <message>
        <source>Not charged</source>
        <translation>Nicht belastet</translation>
    </message>
    <message>
        <source>Receipt not printed</source>
        <translation>Beleg nicht gedruckt</translation>
    </message>
    <message>
        <source>Keyed card entry is not enabled</source>
        <translation>Manuelle Karteneingabe ist nicht aktiviert</translation>
    </message>
    <message>
        <source>This Stripe account does not accept card numbers typed into the till. Stripe allows it only after the business asks Stripe for raw card data access and files a PCI self-assessment (SAQ D).</source>
        <translation>Dieses Stripe-Konto akzeptiert keine an der Kasse eingetippten Kartennummern. Stripe erlaubt dies erst, wenn das Unternehmen bei Stripe Zugriff auf Rohdaten von Karten beantragt und eine PCI-Selbstbewertung (SAQ D) einreicht.</translation>
    </message>
    <message>
        <source>Stripe key refused</source>
        <translation>Stripe-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Stripe did not accept this register&apos;s API key. A manager must check the keys in Setup.</source>
        <translation>Stripe hat den API-Schlüssel dieser Kasse nicht akzeptiert. Ein Manager muss die Schlüssel in den Einstellungen prüfen.</translation>
    </message>
    <message>
        <source>Key lacks a permission</source>
        <translation>Schlüssel fehlt eine Berechtigung</translation>
    </message>
    <message>
        <source>This register&apos;s restricted key may not do this. A manager must grant the permission in Stripe.</source>
        <translation>Der eingeschränkte Schlüssel dieser Kasse darf dies nicht. Ein Manager muss die Berechtigung in Stripe erteilen.</translation>
    </message>
    <message>
        <source>Stripe unreachable</source>
        <translation>Stripe nicht erreichbar</translation>
    </message>
    <message>
        <source>Could not reach Stripe.</source>
        <translation>Stripe konnte nicht erreicht werden.</translation>
    </message>
    <message>
        <source>Check the network and try again.</source>
        <translation>Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Stripe is busy</source>
        <translation>Stripe ist ausgelastet</translation>
    </message>
    <message>
        <source>Stripe asked the till to slow down. Wait a moment and try again.</source>
        <translation>Stripe hat die Kasse gebeten, weniger Anfragen zu senden. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Customer deleted</source>
        <translation>Kunde gelöscht</translation>
    </message>
    <message>
        <source>This customer has been deleted, on another till or in the Stripe Dashboard. Nothing was charged, and they are taken off the list.</source>
        <translation>Dieser Kunde wurde an einer anderen Kasse oder im Stripe Dashboard gelöscht. Es wurde nichts belastet, und der Kunde wird von der Liste entfernt.</translation>
    </message>
    <message>
        <source>Payment needs checking</source>
        <translation>Zahlung muss geprüft werden</translation>
    </message>
    <message>
        <source>Stripe saw this payment attempt with different details. Ask a manager to check today&apos;s history before charging again.</source>
        <translation>Stripe kennt diesen Zahlungsversuch mit anderen Angaben. Bitten Sie einen Manager, den heutigen Verlauf zu prüfen, bevor Sie erneut kassieren.</translation>
    </message>
    <message>
        <source>Stripe refused the request: “{reason}”.</source>
        <translation>Stripe hat die Anfrage abgelehnt: „{reason}“.</translation>
    </message>
    <message>
        <source>Stripe refused the request.</source>
        <translation>Stripe hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Stripe refused the request</source>
        <translation>Stripe hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Setup needed</source>
        <translation>Einrichtung nötig</translation>
    </message>
    <message>
        <source>Stripe error</source>
        <translation>Stripe-Fehler</translation>
    </message>
    <message>
        <source>Stripe reported an error.</source>
        <translation>Stripe hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>An unexpected error happened. The details are in the log.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten. Die Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>This charge has already been refunded in full.</source>
        <translation>Diese Zahlung wurde bereits vollständig erstattet.</translation>
    </message>
    <message>
        <source>That is more than is left to refund on this charge.</source>
        <translation>Das ist mehr, als für diese Zahlung noch erstattet werden kann.</translation>
    </message>
    <message>
        <source>The customer has disputed this charge with their bank; it cannot be refunded here. Answer the dispute in the Stripe Dashboard.</source>
        <translation>Der Kunde hat diese Zahlung bei seiner Bank angefochten; sie kann hier nicht erstattet werden. Beantworten Sie die Anfechtung im Stripe Dashboard.</translation>
    </message>
    <message>
        <source>Stripe does not know this charge (was it made with other keys?).</source>
        <translation>Stripe kennt diese Zahlung nicht (wurde sie mit anderen Schlüsseln ausgeführt?).</translation>
    </message>
    <message>
        <source>Nothing was refunded.</source>
        <translation>Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <source>Check the refund</source>
        <translation>Erstattung prüfen</translation>
    </message>
    <message>
        <source>Checking the refund…</source>
        <translation>Erstattung wird geprüft…</translation>
    </message>
    <message>
        <source>The answer from Stripe was lost and it is not known yet whether the refund went through. The till keeps checking; do not refund this charge again.</source>
        <translation>Die Antwort von Stripe ging verloren, und es ist noch unklar, ob die Erstattung durchging. Die Kasse prüft weiter; erstatten Sie diese Zahlung nicht erneut.</translation>
    </message>
    <message>
        <source>An earlier refund of this charge is still being checked with Stripe. Wait for its outcome before refunding again.</source>
        <translation>Eine frühere Erstattung dieser Zahlung wird noch bei Stripe geprüft. Warten Sie auf das Ergebnis, bevor Sie erneut erstatten.</translation>
    </message>
    <message>
        <source>Not refunded</source>
        <translation>Nicht erstattet</translation>
    </message>
    <message>
        <source>Stripe refused the refund</source>
        <translation>Stripe hat die Erstattung abgelehnt</translation>
    </message>
    <message>
        <source>Stripe refused the refund.</source>
        <translation>Stripe hat die Erstattung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ChargeDetailsDialog</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>requires action</source>
        <translation>Aktion erforderlich</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>Charge details</source>
        <translation>Zahlungsdetails</translation>
    </message>
    <message>
        <source>Print receipt again</source>
        <translation>Beleg erneut drucken</translation>
    </message>
    <message>
        <source>Print the receipt again</source>
        <translation>Den Beleg erneut drucken</translation>
    </message>
    <message>
        <source>Show this charge&apos;s receipt to print it or save it as a PDF</source>
        <translation>Beleg dieser Zahlung anzeigen, um ihn zu drucken oder als PDF zu speichern</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Erstatten…</translation>
    </message>
    <message>
        <source>Refund this charge</source>
        <translation>Diese Zahlung erstatten</translation>
    </message>
    <message>
        <source>Give money back on this charge (manager PIN)</source>
        <translation>Geld für diese Zahlung zurückgeben (Manager-PIN)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Details schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Refunds and customer could not be read: {reason}</source>
        <translation>Erstattungen und Kunde konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Stripe fee</source>
        <translation>Stripe-Gebühr</translation>
    </message>
    <message>
        <source>After the fee</source>
        <translation>Nach der Gebühr</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Kartennetz</translation>
    </message>
    <message>
        <source>Seller message</source>
        <translation>Händlermeldung</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Decline code</source>
        <translation>Ablehnungscode</translation>
    </message>
    <message>
        <source>Failure message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Card expiry</source>
        <translation>Karte gültig bis</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Walk-in: no saved customer.</source>
        <translation>Laufkunde: kein gespeicherter Kunde.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Reading from Stripe…</source>
        <translation>Wird von Stripe gelesen…</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
</context>
<context>
    <name>ChargePage</name>
    <message>
        <source>Type an amount, then press Enter to charge.</source>
        <translation>Geben Sie einen Betrag ein und drücken Sie Enter, um zu kassieren.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Receipt e-mail</source>
        <translation>Beleg-E-Mail</translation>
    </message>
    <message>
        <source>Type the amount: digits fill from the cents, a decimal point also works (Enter charges, Esc clears)</source>
        <translation>Geben Sie den Betrag ein: Ziffern füllen von den Cent her auf, ein Dezimalpunkt geht auch (Enter kassiert, Esc leert)</translation>
    </message>
    <message>
        <source>Order number: the register&apos;s next number is taken when the card is charged; type one to match a paper order (Tab)</source>
        <translation>Bestellnummer: Beim Belasten der Karte wird die nächste Nummer der Kasse vergeben; geben Sie eine ein, um einer Papierbestellung zu entsprechen (Tab)</translation>
    </message>
    <message>
        <source>Next number, taken when charged</source>
        <translation>Nächste Nummer, beim Kassieren vergeben</translation>
    </message>
    <message>
        <source>What was sold, shown on the receipt (optional, Tab)</source>
        <translation>Was verkauft wurde, erscheint auf dem Beleg (optional, Tab)</translation>
    </message>
    <message>
        <source>e.g. 2 coffees</source>
        <translation>z. B. 2 Kaffee</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail for Stripe&apos;s receipt (optional, Tab)</source>
        <translation>E-Mail des Kunden für den Beleg von Stripe (optional, Tab)</translation>
    </message>
    <message>
        <source>customer@example.com</source>
        <comment>an example e-mail address</comment>
        <translation>kunde@example.com</translation>
    </message>
    <message>
        <source>Not sent in training mode</source>
        <translation>Im Trainingsmodus nicht gesendet</translation>
    </message>
    <message>
        <source>Receipt e-mails are sent by Stripe for live charges only; training mode sends nothing</source>
        <translation>Beleg-E-Mails versendet Stripe nur bei echten Zahlungen; im Trainingsmodus wird nichts gesendet</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Kassieren</translation>
    </message>
    <message>
        <source>Take the card payment for this amount (Enter)</source>
        <translation>Kartenzahlung über diesen Betrag annehmen (Enter)</translation>
    </message>
    <message>
        <source>Charge {amount}</source>
        <translation>{amount} kassieren</translation>
    </message>
    <message>
        <source>Type the amount to charge.</source>
        <translation>Geben Sie den zu kassierenden Betrag ein.</translation>
    </message>
    <message>
        <source>{field}: {problem} Nothing was sent.</source>
        <translation>{field}: {problem} Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Check the amount</source>
        <translation>Betrag prüfen</translation>
    </message>
    <message>
        <source>Charge {amount}?</source>
        <translation>{amount} kassieren?</translation>
    </message>
    <message>
        <source>This is more than {limit}. Check the amount with the customer.</source>
        <translation>Das ist mehr als {limit}. Prüfen Sie den Betrag mit dem Kunden.</translation>
    </message>
    <message>
        <source>Change the amount</source>
        <translation>Betrag ändern</translation>
    </message>
    <message>
        <source>Not charged. Correct the amount, then press Enter.</source>
        <translation>Nicht belastet. Korrigieren Sie den Betrag und drücken Sie dann Enter.</translation>
    </message>
    <message>
        <source>Live mode</source>
        <translation>Live-Modus</translation>
    </message>
    <message>
        <source>This till is in LIVE mode. {amount} will be charged to a real card.</source>
        <translation>Diese Kasse ist im LIVE-Modus. Eine echte Karte wird mit {amount} belastet.</translation>
    </message>
    <message>
        <source>Confirm once per day before the first live charge.</source>
        <translation>Einmal täglich vor der ersten echten Zahlung bestätigen.</translation>
    </message>
    <message>
        <source>Charge {amount} for real</source>
        <translation>{amount} echt kassieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Live charge cancelled. Nothing was charged.</source>
        <translation>Echte Zahlung abgebrochen. Es wurde nichts belastet.</translation>
    </message>
    <message>
        <source>Live charging needs a manager&apos;s PIN, and none is set up. Nothing was charged.</source>
        <translation>Echte Zahlungen erfordern eine Manager-PIN, aber es ist keine eingerichtet. Es wurde nichts belastet.</translation>
    </message>
    <message>
        <source>Approve live charging for today: real cards, starting with {amount}.</source>
        <translation>Echte Zahlungen für heute freigeben: echte Karten, beginnend mit {amount}.</translation>
    </message>
    <message>
        <source>Live charge not approved. Nothing was charged.</source>
        <translation>Echte Zahlung nicht freigegeben. Es wurde nichts belastet.</translation>
    </message>
    <message>
        <source>Waiting for the card: {amount}</source>
        <translation>Warten auf die Karte: {amount}</translation>
    </message>
    <message>
        <source>card</source>
        <comment>the card of an approved sale, when its number is not known</comment>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Approved {amount} — {card} — order {order}</source>
        <translation>{amount} genehmigt — {card} — Bestellung {order}</translation>
    </message>
    <message>
        <source>Stripe e-mails its receipt to {email}.</source>
        <translation>Stripe sendet den Beleg per E-Mail an {email}.</translation>
    </message>
    <message>
        <source>Not e-mailed to {email}: Stripe sends receipt e-mails for live charges only.</source>
        <translation>Nicht per E-Mail an {email} gesendet: Stripe versendet Beleg-E-Mails nur bei echten Zahlungen.</translation>
    </message>
    <message>
        <source>{message} Order {order} is still open.</source>
        <translation>{message} Bestellung {order} ist noch offen.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was charged.</source>
        <translation>Abgebrochen. Es wurde nichts belastet.</translation>
    </message>
</context>
<context>
    <name>Charging</name>
    <message>
        <source>This till charges in {currency}.</source>
        <translation>Diese Kasse kassiert in {currency}.</translation>
    </message>
    <message>
        <source>Order numbers are up to 100 characters, no [ ].</source>
        <translation>Bestellnummern haben höchstens 100 Zeichen, ohne [ ].</translation>
    </message>
    <message>
        <source>The description is too long (500 max).</source>
        <translation>Die Beschreibung ist zu lang (max. 500).</translation>
    </message>
</context>
<context>
    <name>Configuration</name>
    <message>
        <source>No Stripe secret key is configured; run the setup first.</source>
        <translation>Es ist kein geheimer Stripe-Schlüssel eingerichtet; führen Sie zuerst die Einrichtung aus.</translation>
    </message>
    <message>
        <source>No Stripe keys are configured: run `pos-app` once to open the setup, or set POS_STRIPE_SECRET_KEY.</source>
        <translation>Es sind keine Stripe-Schlüssel eingerichtet: Starten Sie `pos-app` einmal, um die Einrichtung zu öffnen, oder setzen Sie POS_STRIPE_SECRET_KEY.</translation>
    </message>
    <message>
        <source>{variable} must be 4 to 8 digits</source>
        <translation>{variable} muss aus 4 bis 8 Ziffern bestehen</translation>
    </message>
    <message>
        <source>The stored time zone is not valid: {reason}</source>
        <translation>Die gespeicherte Zeitzone ist ungültig: {reason}</translation>
    </message>
    <message>
        <source>{variable} is not valid: keep it under {limit} characters</source>
        <translation>{variable} ist ungültig: Bleiben Sie unter {limit} Zeichen</translation>
    </message>
    <message>
        <source>{variable} is not valid: {reason}</source>
        <translation>{variable} ist ungültig: {reason}</translation>
    </message>
    <message>
        <source>{variable} holds a publishable key (pk_...); it needs the secret key (sk_live_/sk_test_) or a restricted key (rk_live_/rk_test_)</source>
        <translation>{variable} enthält einen veröffentlichbaren Schlüssel (pk_...); nötig ist der geheime Schlüssel (sk_live_/sk_test_) oder ein eingeschränkter Schlüssel (rk_live_/rk_test_)</translation>
    </message>
    <message>
        <source>The stored secret key holds a publishable key (pk_...); it needs the secret key (sk_live_/sk_test_) or a restricted key (rk_live_/rk_test_)</source>
        <translation>Der gespeicherte geheime Schlüssel ist ein veröffentlichbarer Schlüssel (pk_...); nötig ist der geheime Schlüssel (sk_live_/sk_test_) oder ein eingeschränkter Schlüssel (rk_live_/rk_test_)</translation>
    </message>
    <message>
        <source>{variable} is not a Stripe secret key; expected one starting with sk_live_, sk_test_, rk_live_ or rk_test_</source>
        <translation>{variable} ist kein geheimer Stripe-Schlüssel; erwartet wird einer, der mit sk_live_, sk_test_, rk_live_ oder rk_test_ beginnt</translation>
    </message>
    <message>
        <source>The stored secret key is not a Stripe secret key; expected one starting with sk_live_, sk_test_, rk_live_ or rk_test_</source>
        <translation>Der gespeicherte geheime Schlüssel ist kein geheimer Stripe-Schlüssel; erwartet wird einer, der mit sk_live_, sk_test_, rk_live_ oder rk_test_ beginnt</translation>
    </message>
    <message>
        <source>{variable} is not a Stripe publishable key; expected one starting with pk_live_ or pk_test_</source>
        <translation>{variable} ist kein veröffentlichbarer Stripe-Schlüssel; erwartet wird einer, der mit pk_live_ oder pk_test_ beginnt</translation>
    </message>
    <message>
        <source>The stored publishable key is not a Stripe publishable key; expected one starting with pk_live_ or pk_test_</source>
        <translation>Der gespeicherte veröffentlichbare Schlüssel ist kein veröffentlichbarer Stripe-Schlüssel; erwartet wird einer, der mit pk_live_ oder pk_test_ beginnt</translation>
    </message>
    <message>
        <source>{variable} and the secret key disagree: one is a test key, the other a live key</source>
        <translation>{variable} und der geheime Schlüssel passen nicht zusammen: Der eine ist ein Testschlüssel, der andere ein Live-Schlüssel</translation>
    </message>
    <message>
        <source>The stored publishable key and the secret key disagree: one is a test key, the other a live key</source>
        <translation>Der gespeicherte veröffentlichbare Schlüssel und der geheime Schlüssel passen nicht zusammen: Der eine ist ein Testschlüssel, der andere ein Live-Schlüssel</translation>
    </message>
    <message>
        <source>{variable} must be an address such as {example}</source>
        <translation>{variable} muss eine Adresse wie {example} sein</translation>
    </message>
    <message>
        <source>The training server&apos;s address is not valid: {address}</source>
        <translation>Die Adresse des Trainingsservers ist ungültig: {address}</translation>
    </message>
    <message>
        <source>{variable} must use https unless it points at this computer</source>
        <translation>{variable} muss https verwenden, sofern es nicht auf diesen Computer zeigt</translation>
    </message>
    <message>
        <source>The training server&apos;s address must use https unless it points at this computer: {address}</source>
        <translation>Die Adresse des Trainingsservers muss https verwenden, sofern sie nicht auf diesen Computer zeigt: {address}</translation>
    </message>
    <message>
        <source>the manager PIN must be 4 to 8 digits</source>
        <translation>die Manager-PIN muss aus 4 bis 8 Ziffern bestehen</translation>
    </message>
    <message>
        <source>use 1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit</source>
        <translation>verwenden Sie 1 bis 16 Buchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos;, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>use a three-letter currency code such as usd or eur</source>
        <translation>verwenden Sie einen dreistelligen Währungscode wie usd oder eur</translation>
    </message>
    <message>
        <source>use a locale name such as de_DE, or none for the system&apos;s</source>
        <translation>verwenden Sie einen Gebietsschema-Namen wie de_DE oder keinen für das des Systems</translation>
    </message>
    <message>
        <source>unknown time zone {zone}; use an IANA name such as Europe/Berlin</source>
        <translation>unbekannte Zeitzone {zone}; verwenden Sie einen IANA-Namen wie Europe/Berlin</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>pos-app — unexpected error</source>
        <translation>pos-app — unerwarteter Fehler</translation>
    </message>
    <message>
        <source>An unexpected error happened. The till keeps running; if something looks wrong, finish the current sale and restart the till.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten. Die Kasse läuft weiter; wenn etwas nicht stimmt, schließen Sie den aktuellen Verkauf ab und starten Sie die Kasse neu.</translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>Die Details stehen im Protokoll: {path}</translation>
    </message>
    <message>
        <source>The details are in the till&apos;s log (pos-app --self-check shows its folder).</source>
        <translation>Die Details stehen im Protokoll der Kasse (pos-app --self-check zeigt dessen Ordner).</translation>
    </message>
    <message>
        <source>More errors since this one: {count}.</source>
        <translation>Weitere Fehler seitdem: {count}.</translation>
    </message>
</context>
<context>
    <name>CustomerChargePanel</name>
    <message>
        <source>{name} was deleted on another till or in the Stripe Dashboard. Nothing was charged; they are no longer on the list.</source>
        <translation>{name} wurde an einer anderen Kasse oder im Stripe Dashboard gelöscht. Es wurde nichts belastet; der Kunde ist nicht mehr auf der Liste.</translation>
    </message>
    <message>
        <source>Find a saved customer</source>
        <translation>Gespeicherten Kunden suchen</translation>
    </message>
    <message>
        <source>Type part of a saved customer&apos;s name, e-mail or phone to charge their card on file</source>
        <translation>Geben Sie einen Teil von Name, E-Mail oder Telefon eines gespeicherten Kunden ein, um seine hinterlegte Karte zu belasten</translation>
    </message>
    <message>
        <source>Saved customer? Type a name, e-mail or phone</source>
        <translation>Gespeicherter Kunde? Name, E-Mail oder Telefon eingeben</translation>
    </message>
    <message>
        <source>Selected customer</source>
        <translation>Ausgewählter Kunde</translation>
    </message>
    <message>
        <source>The saved customer this sale is charged to</source>
        <translation>Der gespeicherte Kunde, bei dem dieser Verkauf kassiert wird</translation>
    </message>
    <message>
        <source>Repeat last order</source>
        <translation>Letzte Bestellung wiederholen</translation>
    </message>
    <message>
        <source>Fill in the amount and description of this customer&apos;s last order</source>
        <translation>Betrag und Beschreibung der letzten Bestellung dieses Kunden einsetzen</translation>
    </message>
    <message>
        <source>Clear customer</source>
        <translation>Kunde entfernen</translation>
    </message>
    <message>
        <source>Charge a walk-in customer instead (the card is keyed in)</source>
        <translation>Stattdessen bei einem Laufkunden kassieren (die Karte wird eingetippt)</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Gespeicherte Karte</translation>
    </message>
    <message>
        <source>The saved card to charge; the customer&apos;s default comes first</source>
        <translation>Die zu belastende gespeicherte Karte; die Standardkarte des Kunden steht zuerst</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Repeat</source>
        <comment>fill in the customer&apos;s last order</comment>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Charge {amount} to {card}</source>
        <translation>{amount} kassieren mit {card}</translation>
    </message>
    <message>
        <source>Charge to {card}</source>
        <translation>Kassieren mit {card}</translation>
    </message>
    <message>
        <source>Type the amount, then press Enter to charge the saved card.</source>
        <translation>Betrag eingeben und mit Enter die gespeicherte Karte belasten.</translation>
    </message>
    <message>
        <source>Type an amount, then press Enter to charge.</source>
        <translation>Geben Sie einen Betrag ein und drücken Sie Enter, um zu kassieren.</translation>
    </message>
    <message>
        <source>Could not load the customer&apos;s cards: {reason}</source>
        <translation>Die Karten des Kunden konnten nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <source>No earlier order to repeat</source>
        <translation>Keine frühere Bestellung zum Wiederholen</translation>
    </message>
    <message>
        <source>No card on file — add one on the Customers page</source>
        <translation>Keine Karte hinterlegt — fügen Sie auf der Seite Kunden eine hinzu</translation>
    </message>
    <message>
        <source>exp. {expiry}</source>
        <translation>gültig bis {expiry}</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>ABGELAUFEN</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>läuft bald ab</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the customer&apos;s default card</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Charging {card}…</source>
        <translation>{card} wird belastet…</translation>
    </message>
    <message>
        <source>Checking payment status… Do not charge the card again.</source>
        <translation>Zahlungsstatus wird geprüft… Belasten Sie die Karte nicht erneut.</translation>
    </message>
    <message>
        <source>Stripe has not confirmed this payment yet. Do not charge the card again: the order stays open and the till keeps checking. History shows the outcome.</source>
        <translation>Stripe hat diese Zahlung noch nicht bestätigt. Belasten Sie die Karte nicht erneut: Die Bestellung bleibt offen und die Kasse prüft weiter. Der Verlauf zeigt das Ergebnis.</translation>
    </message>
    <message>
        <source>{message} Order {order} is still open.</source>
        <translation>{message} Bestellung {order} ist noch offen.</translation>
    </message>
    <message>
        <source>Fill in {amount} — {description} (last order, {date})</source>
        <translation>{amount} — {description} einsetzen (letzte Bestellung, {date})</translation>
    </message>
    <message>
        <source>Fill in {amount} (last order, {date})</source>
        <translation>{amount} einsetzen (letzte Bestellung, {date})</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Their card is taken next and kept on file for their next orders.</source>
        <translation>Als Nächstes wird die Karte erfasst und für künftige Bestellungen hinterlegt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Ada Lovelace</source>
        <translation>z. B. Ada Lovelace</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>e.g. oat milk, table 4</source>
        <translation>z. B. Hafermilch, Tisch 4</translation>
    </message>
    <message>
        <source>The customer&apos;s name, as the till lists it (name or e-mail needed)</source>
        <translation>Name des Kunden, wie die Kasse ihn auflistet (Name oder E-Mail erforderlich)</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail: finds them again quickly (name or e-mail needed)</source>
        <translation>E-Mail des Kunden: So ist er schnell wiederzufinden (Name oder E-Mail erforderlich)</translation>
    </message>
    <message>
        <source>The customer&apos;s phone number (optional)</source>
        <translation>Telefonnummer des Kunden (optional)</translation>
    </message>
    <message>
        <source>Anything worth remembering, kept at Stripe with the customer (optional)</source>
        <translation>Alles, was man sich merken sollte; wird bei Stripe beim Kunden gespeichert (optional)</translation>
    </message>
    <message>
        <source>The customer agrees to keep their card on file</source>
        <translation>Der Kunde stimmt zu, dass seine Karte hinterlegt wird</translation>
    </message>
    <message>
        <source>{shop} may then charge it for their future orders. Who took the consent, when and at which register is kept with the customer at Stripe.</source>
        <translation>{shop} darf sie dann für künftige Bestellungen belasten. Wer die Zustimmung wann und an welcher Kasse eingeholt hat, wird bei Stripe beim Kunden gespeichert.</translation>
    </message>
    <message>
        <source>This shop may then charge it for their future orders. Who took the consent, when and at which register is kept with the customer at Stripe.</source>
        <translation>Dieses Geschäft darf sie dann für künftige Bestellungen belasten. Wer die Zustimmung wann und an welcher Kasse eingeholt hat, wird bei Stripe beim Kunden gespeichert.</translation>
    </message>
    <message>
        <source>Card-on-file consent</source>
        <translation>Zustimmung zur Kartenhinterlegung</translation>
    </message>
    <message>
        <source>Tick only once the customer has said yes; who, when and which register are recorded</source>
        <translation>Erst ankreuzen, wenn der Kunde zugestimmt hat; wer, wann und welche Kasse werden festgehalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save nothing (Esc)</source>
        <translation>Nichts speichern (Esc)</translation>
    </message>
    <message>
        <source>Next: take the card</source>
        <translation>Weiter: Karte erfassen</translation>
    </message>
    <message>
        <source>Check the details, then key in the card to save (Enter)</source>
        <translation>Angaben prüfen, dann die zu speichernde Karte eintippen (Enter)</translation>
    </message>
</context>
<context>
    <name>CustomerDirectory</name>
    <message>
        <source>Loading customers…</source>
        <translation>Kunden werden geladen…</translation>
    </message>
    <message>
        <source>Loading customers from Stripe… {count} so far</source>
        <translation>Kunden werden von Stripe geladen… bisher {count}</translation>
    </message>
    <message>
        <source>{count} customers (saved copy). Could not refresh from Stripe: {reason}</source>
        <translation>{count} Kunden (gespeicherte Kopie). Aktualisierung von Stripe fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Could not load customers: {reason}</source>
        <translation>Kunden konnten nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <source>No saved customers yet.</source>
        <translation>Noch keine gespeicherten Kunden.</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message numerus="yes">
        <source>{count} customers</source>
        <translation>
            <numerusform>{count} Kunde</numerusform>
            <numerusform>{count} Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on this till&apos;s list: asking Stripe for “{query}”…</source>
        <translation>Nicht auf der Liste dieser Kasse: Stripe wird nach „{query}“ gefragt…</translation>
    </message>
    <message>
        <source>Found at Stripe: {count}</source>
        <translation>Bei Stripe gefunden: {count}</translation>
    </message>
    <message>
        <source>No customer matches “{query}”, here or at Stripe.</source>
        <translation>Kein Kunde passt zu „{query}“, weder hier noch bei Stripe.</translation>
    </message>
    <message>
        <source>Could not ask Stripe; showing this till&apos;s list only.</source>
        <translation>Stripe konnte nicht gefragt werden; nur die Liste dieser Kasse wird angezeigt.</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Der Kunde</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Type the customer&apos;s name or e-mail.</source>
        <translation>Geben Sie Name oder E-Mail des Kunden ein.</translation>
    </message>
    <message>
        <source>The name is too long (256 characters at most).</source>
        <translation>Der Name ist zu lang (höchstens 256 Zeichen).</translation>
    </message>
    <message>
        <source>That e-mail address does not look right.</source>
        <translation>Diese E-Mail-Adresse scheint nicht korrekt.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - only, up to 20.</source>
        <translation>Nur Ziffern, Leerzeichen und + ( ) - verwenden, höchstens 20.</translation>
    </message>
    <message>
        <source>The note is too long (350 characters at most).</source>
        <translation>Die Notiz ist zu lang (höchstens 350 Zeichen).</translation>
    </message>
    <message>
        <source>Tick the box once the customer has agreed to keep the card on file.</source>
        <translation>Kreuzen Sie das Kästchen an, sobald der Kunde der Hinterlegung der Karte zugestimmt hat.</translation>
    </message>
    <message>
        <source>This customer has been deleted.</source>
        <translation>Dieser Kunde wurde gelöscht.</translation>
    </message>
    <message>
        <source>This customer no longer exists at Stripe.</source>
        <translation>Dieser Kunde existiert bei Stripe nicht mehr.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Card saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Sort by name (click again to reverse)</source>
        <translation>Nach Name sortieren (erneut klicken zum Umkehren)</translation>
    </message>
    <message>
        <source>Sort by e-mail (click again to reverse)</source>
        <translation>Nach E-Mail sortieren (erneut klicken zum Umkehren)</translation>
    </message>
    <message>
        <source>Sort by phone (click again to reverse)</source>
        <translation>Nach Telefon sortieren (erneut klicken zum Umkehren)</translation>
    </message>
    <message>
        <source>Sort by card (click again to reverse)</source>
        <translation>Nach Karte sortieren (erneut klicken zum Umkehren)</translation>
    </message>
    <message>
        <source>Sort by expires (click again to reverse)</source>
        <translation>Nach Ablaufdatum sortieren (erneut klicken zum Umkehren)</translation>
    </message>
    <message>
        <source>Sort by card saved (click again to reverse)</source>
        <translation>Nach Speicherdatum der Karte sortieren (erneut klicken zum Umkehren)</translation>
    </message>
    <message>
        <source>This card has expired ({expiry}): ask for another card</source>
        <translation>Diese Karte ist abgelaufen ({expiry}): Bitten Sie um eine andere Karte</translation>
    </message>
    <message>
        <source>This card expires {expiry}, this month or next: ask for a new one soon</source>
        <translation>Diese Karte läuft {expiry} ab, diesen oder nächsten Monat: Bitten Sie bald um eine neue</translation>
    </message>
    <message>
        <source>{card}: the default card, charged unless another is chosen</source>
        <translation>{card}: die Standardkarte, wird belastet, sofern keine andere gewählt wird</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>Keine Karte</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>{expiry} soon</source>
        <translation>{expiry} (bald)</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>{name} was deleted on another till or in the Stripe Dashboard, and is no longer on the list.</source>
        <translation>{name} wurde an einer anderen Kasse oder im Stripe Dashboard gelöscht und ist nicht mehr auf der Liste.</translation>
    </message>
    <message>
        <source>Card · saved on</source>
        <translation>Karte · seit</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Type part of a name, e-mail or phone number (Ctrl+F; Enter picks the first)</source>
        <translation>Geben Sie einen Teil von Name, E-Mail oder Telefonnummer ein (Ctrl+F; Enter wählt den ersten)</translation>
    </message>
    <message>
        <source>Search by name, e-mail or phone</source>
        <translation>Nach Name, E-Mail oder Telefon suchen</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Save a new customer with their card on file (Ctrl+N)</source>
        <translation>Neuen Kunden mit hinterlegter Karte speichern (Ctrl+N)</translation>
    </message>
    <message>
        <source>Saved customers; click a heading to sort, Enter charges the selected customer</source>
        <translation>Gespeicherte Kunden; zum Sortieren auf eine Überschrift klicken, Enter kassiert beim ausgewählten Kunden</translation>
    </message>
    <message>
        <source>Saved customers are not available on this till.</source>
        <translation>Gespeicherte Kunden sind an dieser Kasse nicht verfügbar.</translation>
    </message>
    <message>
        <source>Saved cards</source>
        <translation>Gespeicherte Karten</translation>
    </message>
    <message>
        <source>The customer&apos;s cards on file; the default is charged unless another is chosen</source>
        <translation>Die hinterlegten Karten des Kunden; die Standardkarte wird belastet, sofern keine andere gewählt wird</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>Save another card for this customer</source>
        <translation>Weitere Karte für diesen Kunden speichern</translation>
    </message>
    <message>
        <source>Set default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Charge the selected card unless another is chosen</source>
        <translation>Die ausgewählte Karte belasten, sofern keine andere gewählt wird</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button: remove the selected card</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected card (asks first)</source>
        <translation>Ausgewählte Karte entfernen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Kassieren</translation>
    </message>
    <message>
        <source>Charge this customer</source>
        <translation>Bei diesem Kunden kassieren</translation>
    </message>
    <message>
        <source>Ring up a sale for this customer on a saved card, no card needed (Enter)</source>
        <translation>Verkauf für diesen Kunden über eine gespeicherte Karte buchen, keine Karte nötig (Enter)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete this customer and their cards for good (manager PIN)</source>
        <translation>Diesen Kunden und seine Karten endgültig löschen (Manager-PIN)</translation>
    </message>
    <message>
        <source>No customer matches “{query}”.</source>
        <translation>Kein Kunde passt zu „{query}“.</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Kunden werden geladen…</translation>
    </message>
    <message>
        <source>Could not load customers. {reason}</source>
        <translation>Kunden konnten nicht geladen werden. {reason}</translation>
    </message>
    <message>
        <source>No saved customers yet.
Press New customer to keep a regular&apos;s card on file.</source>
        <translation>Noch keine gespeicherten Kunden.
Drücken Sie „Neuer Kunde“, um die Karte eines Stammkunden zu hinterlegen.</translation>
    </message>
    <message>
        <source>{shown} of {count} customers</source>
        <translation>{shown} von {count} Kunden</translation>
    </message>
    <message>
        <source>Loading cards…</source>
        <translation>Karten werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the cards. {reason}</source>
        <translation>Die Karten konnten nicht geladen werden. {reason}</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <source>Pick a customer on the left to see their saved cards.</source>
        <translation>Wählen Sie links einen Kunden, um seine gespeicherten Karten zu sehen.</translation>
    </message>
    <message>
        <source>No card on file. Add one to charge this customer.</source>
        <translation>Keine Karte hinterlegt. Fügen Sie eine hinzu, um bei diesem Kunden zu kassieren.</translation>
    </message>
    <message>
        <source>Charge {name}</source>
        <translation>Kassieren: {name}</translation>
    </message>
    <message>
        <source>{expiry}
expired</source>
        <translation>{expiry}
abgelaufen</translation>
    </message>
    <message>
        <source>{expiry}
soon</source>
        <translation>{expiry}
bald</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>the customer&apos;s default card</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Saved on {date} by {cashier} at register {register}, with the customer&apos;s consent</source>
        <translation>Gespeichert am {date} von {cashier} an Kasse {register}, mit Zustimmung des Kunden</translation>
    </message>
    <message>
        <source>Saved on {date} by {cashier}, with the customer&apos;s consent</source>
        <translation>Gespeichert am {date} von {cashier}, mit Zustimmung des Kunden</translation>
    </message>
    <message>
        <source>Saved on {date} at register {register}, with the customer&apos;s consent</source>
        <translation>Gespeichert am {date} an Kasse {register}, mit Zustimmung des Kunden</translation>
    </message>
    <message>
        <source>Saved on {date}, with the customer&apos;s consent</source>
        <translation>Gespeichert am {date}, mit Zustimmung des Kunden</translation>
    </message>
    <message>
        <source>This card has expired: ask for another card</source>
        <translation>Diese Karte ist abgelaufen: Bitten Sie um eine andere Karte</translation>
    </message>
    <message>
        <source>This card expires this month or next</source>
        <translation>Diese Karte läuft diesen oder nächsten Monat ab</translation>
    </message>
    <message>
        <source>Charged when no other card is chosen</source>
        <translation>Wird belastet, wenn keine andere Karte gewählt ist</translation>
    </message>
    <message>
        <source>Saved {name} with {card}.</source>
        <translation>{name} mit {card} gespeichert.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>Making it the default…</source>
        <translation>Wird als Standard festgelegt…</translation>
    </message>
    <message>
        <source>this card</source>
        <translation>diese Karte</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Karte entfernen</translation>
    </message>
    <message>
        <source>Remove {card} from {name}&apos;s saved cards?</source>
        <translation>{card} aus den gespeicherten Karten von {name} entfernen?</translation>
    </message>
    <message>
        <source>It can be saved again later only with the card in hand.</source>
        <translation>Sie kann später nur mit der Karte in der Hand erneut gespeichert werden.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation>Karte wird entfernt…</translation>
    </message>
    <message>
        <source>{card} is now the default card.</source>
        <translation>{card} ist jetzt die Standardkarte.</translation>
    </message>
    <message>
        <source>{card} saved.</source>
        <translation>{card} gespeichert.</translation>
    </message>
    <message>
        <source>Card saved.</source>
        <translation>Karte gespeichert.</translation>
    </message>
    <message>
        <source>{card} removed.</source>
        <translation>{card} entfernt.</translation>
    </message>
    <message>
        <source>Card removed.</source>
        <translation>Karte entfernt.</translation>
    </message>
    <message>
        <source>{card} made the default.</source>
        <translation>{card} als Standard festgelegt.</translation>
    </message>
    <message>
        <source>Card made the default.</source>
        <translation>Karte als Standard festgelegt.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Delete {name} and their saved cards for good. Reason: {reason}</source>
        <translation>{name} und die gespeicherten Karten endgültig löschen. Grund: {reason}</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Deleting the customer…</source>
        <translation>Kunde wird gelöscht…</translation>
    </message>
    <message>
        <source>{name} was deleted, with their saved cards.</source>
        <translation>{name} wurde samt gespeicherter Karten gelöscht.</translation>
    </message>
    <message>
        <source>{name} was deleted.</source>
        <translation>{name} wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>partly refunded</source>
        <translation>teilweise erstattet</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>refund of an earlier sale</source>
        <translation>Erstattung eines früheren Verkaufs</translation>
    </message>
</context>
<context>
    <name>DayTotals</name>
    <message>
        <source>(none)</source>
        <comment>no cashier, register or card</comment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>No charges on this day.</source>
        <translation>Keine Zahlungen an diesem Tag.</translation>
    </message>
    <message>
        <source>Stripe fees</source>
        <translation>Stripe-Gebühren</translation>
    </message>
    <message>
        <source>Refunds of earlier sales</source>
        <translation>Erstattungen früherer Verkäufe</translation>
    </message>
    <message>
        <source>By card</source>
        <translation>Nach Karte</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>Nach Kassierer</translation>
    </message>
    <message>
        <source>By register</source>
        <translation>Nach Kasse</translation>
    </message>
    <message>
        <source>This till&apos;s journal</source>
        <translation>Journal dieser Kasse</translation>
    </message>
    <message>
        <source>not compared: {reason}</source>
        <translation>nicht verglichen: {reason}</translation>
    </message>
    <message>
        <source>nothing from this register on this day, in the journal or at Stripe</source>
        <translation>nichts von dieser Kasse an diesem Tag, weder im Journal noch bei Stripe</translation>
    </message>
    <message>
        <source>agrees with Stripe on this register&apos;s charges and refunds: {count}</source>
        <translation>stimmt mit Stripe überein, Zahlungen und Erstattungen dieser Kasse: {count}</translation>
    </message>
    <message>
        <source>agrees with Stripe on this register&apos;s charges: {count}</source>
        <translation>stimmt mit Stripe überein, Zahlungen dieser Kasse: {count}</translation>
    </message>
    <message>
        <source>journaled, not at Stripe: {items}</source>
        <translation>im Journal, nicht bei Stripe: {items}</translation>
    </message>
    <message>
        <source>at Stripe, not journaled: {items}</source>
        <translation>bei Stripe, nicht im Journal: {items}</translation>
    </message>
    <message>
        <source>different at Stripe: {items}</source>
        <translation>bei Stripe anders: {items}</translation>
    </message>
    <message>
        <source>and {count} more, {refunds} of them refunds</source>
        <translation>und {count} weitere, davon {refunds} Erstattungen</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>still being checked: {count}</source>
        <translation>noch in Prüfung: {count}</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(fehlgeschlagen)</translation>
    </message>
    <message>
        <source>(declined)</source>
        <translation>(abgelehnt)</translation>
    </message>
    <message>
        <source>refund {words}</source>
        <translation>Erstattung {words}</translation>
    </message>
    <message>
        <source>not read: Stripe did not list them</source>
        <translation>nicht gelesen: Stripe hat sie nicht aufgelistet</translation>
    </message>
    <message>
        <source>{currency}: {count} · {amount}</source>
        <translation>{currency}: {count} · {amount}</translation>
    </message>
    <message>
        <source>after fees and refunds {amount}</source>
        <translation>nach Gebühren und Erstattungen {amount}</translation>
    </message>
    <message>
        <source>not shown: the API key may not read balance transactions</source>
        <translation>nicht angezeigt: der API-Schlüssel darf Saldobewegungen nicht lesen</translation>
    </message>
    <message>
        <source>charges without Stripe&apos;s figures yet: {count}</source>
        <translation>Zahlungen noch ohne Stripes Zahlen: {count}</translation>
    </message>
</context>
<context>
    <name>DeleteCustomerDialog</name>
    <message>
        <source>Delete customer</source>
        <translation>Kunde löschen</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message>
        <source>{name} and all their saved cards are deleted at Stripe for good; this cannot be undone. Their past payments stay in the history. A manager approves it with the PIN.</source>
        <translation>{name} und alle gespeicherten Karten werden bei Stripe endgültig gelöscht; dies kann nicht rückgängig gemacht werden. Frühere Zahlungen bleiben im Verlauf. Ein Manager bestätigt dies mit der PIN.</translation>
    </message>
    <message>
        <source>{name} and their details are deleted at Stripe for good; this cannot be undone. Their past payments stay in the history. A manager approves it with the PIN.</source>
        <translation>{name} und alle Angaben werden bei Stripe endgültig gelöscht; dies kann nicht rückgängig gemacht werden. Frühere Zahlungen bleiben im Verlauf. Ein Manager bestätigt dies mit der PIN.</translation>
    </message>
    <message>
        <source>Why is the customer deleted?</source>
        <translation>Warum wird der Kunde gelöscht?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why the customer is deleted; kept in the audit trail (Enter continues)</source>
        <translation>Warum der Kunde gelöscht wird; wird im Prüfprotokoll festgehalten (Enter fährt fort)</translation>
    </message>
    <message>
        <source>e.g. the customer asked to be removed</source>
        <translation>z. B. Kunde hat um Löschung gebeten</translation>
    </message>
    <message>
        <source>Keep the customer</source>
        <translation>Kunde behalten</translation>
    </message>
    <message>
        <source>Delete nothing (Esc)</source>
        <translation>Nichts löschen (Esc)</translation>
    </message>
    <message>
        <source>Delete — manager PIN</source>
        <translation>Löschen — Manager-PIN</translation>
    </message>
    <message>
        <source>Delete, with the manager&apos;s PIN</source>
        <translation>Löschen, mit Manager-PIN</translation>
    </message>
    <message>
        <source>Ask the manager for the PIN to delete this customer (Enter)</source>
        <translation>Manager um die PIN bitten, um diesen Kunden zu löschen (Enter)</translation>
    </message>
    <message>
        <source>Say in a few words why the customer is deleted.</source>
        <translation>Geben Sie in wenigen Worten an, warum der Kunde gelöscht wird.</translation>
    </message>
</context>
<context>
    <name>EmailReceiptRow</name>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <source>Stripe e-mails the receipt to this address (Enter sends)</source>
        <translation>Stripe sendet den Beleg per E-Mail an diese Adresse (Enter sendet)</translation>
    </message>
    <message>
        <source>E-mail receipt</source>
        <translation>Beleg per E-Mail</translation>
    </message>
    <message>
        <source>Ask Stripe to e-mail the receipt to the customer</source>
        <translation>Stripe den Beleg per E-Mail an den Kunden senden lassen</translation>
    </message>
    <message>
        <source>{problem} Nothing was sent.</source>
        <translation>{problem} Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Asking Stripe to e-mail the receipt to {address}…</source>
        <translation>Stripe wird gebeten, den Beleg per E-Mail an {address} zu senden…</translation>
    </message>
    <message>
        <source>Stripe e-mails the receipt to {address}.</source>
        <translation>Stripe sendet den Beleg per E-Mail an {address}.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>The load was stopped.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The customer could not be read (deleted, or Stripe did not answer).</source>
        <translation>Der Kunde konnte nicht gelesen werden (gelöscht, oder Stripe hat nicht geantwortet).</translation>
    </message>
    <message>
        <source>Receipts are not available on this till.</source>
        <translation>Belege sind an dieser Kasse nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{amount} refunded</source>
        <translation>{amount} erstattet</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Manager approval needed</source>
        <translation>Manager-Freigabe nötig</translation>
    </message>
    <message>
        <source>Enter manager PIN</source>
        <translation>Manager-PIN eingeben</translation>
    </message>
    <message>
        <source>Show the day&apos;s charges and totals after the manager&apos;s PIN</source>
        <translation>Zahlungen und Summen des Tages nach Eingabe der Manager-PIN anzeigen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>The day to list, in the shop&apos;s time zone (Alt+Down opens the calendar)</source>
        <translation>Der anzuzeigende Tag, in der Zeitzone des Geschäfts (Alt+Down öffnet den Kalender)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the day from Stripe again (F5)</source>
        <translation>Den Tag erneut von Stripe lesen (F5)</translation>
    </message>
    <message>
        <source>Loading the day</source>
        <translation>Tag wird geladen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Save the day&apos;s charges as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation>Zahlungen des Tages als CSV-Datei für eine Tabellenkalkulation speichern (Ctrl+E)</translation>
    </message>
    <message>
        <source>CSV…</source>
        <comment>the Export CSV button, in a short toolbar</comment>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Erstatten…</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <source>Give money back on the selected charge (manager PIN)</source>
        <translation>Geld für die ausgewählte Zahlung zurückgeben (Manager-PIN)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Show one status</source>
        <translation>Nur einen Status anzeigen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Cashier filter</source>
        <translation>Kassiererfilter</translation>
    </message>
    <message>
        <source>Show one cashier</source>
        <translation>Nur einen Kassierer anzeigen</translation>
    </message>
    <message>
        <source>Register filter</source>
        <translation>Kassenfilter</translation>
    </message>
    <message>
        <source>Show one register</source>
        <translation>Nur eine Kasse anzeigen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find charges by order, card, customer, description or charge id (Ctrl+F)</source>
        <translation>Zahlungen nach Bestellung, Karte, Kunde, Beschreibung oder Zahlungs-ID suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search order, card, customer, description…</source>
        <translation>Bestellung, Karte, Kunde, Beschreibung suchen…</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>caption of the history&apos;s filters</comment>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Day totals</source>
        <translation>Tagessummen</translation>
    </message>
    <message>
        <source>Charges of the day</source>
        <translation>Zahlungen des Tages</translation>
    </message>
    <message>
        <source>Every register&apos;s charges of the day; double-click (or Enter) for details</source>
        <translation>Zahlungen aller Kassen an diesem Tag; Doppelklick (oder Enter) für Details</translation>
    </message>
    <message>
        <source>The day&apos;s history is not available on this till.</source>
        <translation>Der Tagesverlauf ist an dieser Kasse nicht verfügbar.</translation>
    </message>
    <message>
        <source>Manager approval is not set up on this till, so the history stays closed.</source>
        <translation>Die Manager-Freigabe ist an dieser Kasse nicht eingerichtet, daher bleibt der Verlauf gesperrt.</translation>
    </message>
    <message>
        <source>The day&apos;s charges, totals and refunds are for the manager. Enter the manager&apos;s PIN to open them.</source>
        <translation>Zahlungen, Summen und Erstattungen des Tages sind dem Manager vorbehalten. Geben Sie die Manager-PIN ein, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Open the day&apos;s charges, totals and refunds.</source>
        <translation>Zahlungen, Summen und Erstattungen des Tages öffnen.</translation>
    </message>
    <message>
        <source>Reading {day} from Stripe…</source>
        <translation>{day} wird von Stripe gelesen…</translation>
    </message>
    <message>
        <source>Reading from Stripe… {count} charges so far</source>
        <translation>Wird von Stripe gelesen… bisher {count} Zahlungen</translation>
    </message>
    <message>
        <source>1 charge</source>
        <translation>1 Zahlung</translation>
    </message>
    <message numerus="yes">
        <source>{count} charges</source>
        <translation>
            <numerusform>{count} Zahlung</numerusform>
            <numerusform>{count} Zahlungen</numerusform>
        </translation>
    </message>
    <message>
        <source>a {hours}-hour day (the clocks changed)</source>
        <translation>ein Tag mit {hours} Stunden (Zeitumstellung)</translation>
    </message>
    <message>
        <source>Could not read the day from Stripe. {reason}</source>
        <translation>Der Tag konnte nicht von Stripe gelesen werden. {reason}</translation>
    </message>
    <message>
        <source>Could not load the day&apos;s charges. {reason} Press Refresh to try again.</source>
        <translation>Die Zahlungen des Tages konnten nicht geladen werden. {reason} Drücken Sie „Aktualisieren“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>No charge of this day matches the filters.</source>
        <translation>Keine Zahlung dieses Tages passt zu den Filtern.</translation>
    </message>
    <message>
        <source>No charges on this day.</source>
        <translation>Keine Zahlungen an diesem Tag.</translation>
    </message>
    <message>
        <source>No charges yet.</source>
        <translation>Noch keine Zahlungen.</translation>
    </message>
    <message>
        <source>Any cashier</source>
        <translation>Alle Kassierer</translation>
    </message>
    <message>
        <source>Any register</source>
        <translation>Alle Kassen</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no cashier or register</comment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Refunded {amount} on order {order}.</source>
        <translation>{amount} für Bestellung {order} erstattet.</translation>
    </message>
    <message>
        <source>Export the day as CSV</source>
        <translation>Tag als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved {count} charges to {path}</source>
        <translation>
            <numerusform>{count} Zahlung in {path} gespeichert</numerusform>
            <numerusform>{count} Zahlungen in {path} gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the CSV file: {reason}</source>
        <translation>Die CSV-Datei konnte nicht gespeichert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <source>Sales by hour</source>
        <translation>Umsatz nach Stunde</translation>
    </message>
    <message>
        <source>The day&apos;s takings (succeeded charges) hour by hour</source>
        <translation>Die Tageseinnahmen (erfolgreiche Zahlungen) Stunde für Stunde</translation>
    </message>
    <message>
        <source>No sales yet on this day.</source>
        <translation>An diesem Tag noch keine Verkäufe.</translation>
    </message>
    <message>
        <source>{total} in {currency} over the day; busiest hour {hour} with {busiest}.</source>
        <translation>{total} in {currency} über den Tag; stärkste Stunde {hour} mit {busiest}.</translation>
    </message>
    <message>
        <source>Sales by hour ({currency})</source>
        <translation>Umsatz nach Stunde ({currency})</translation>
    </message>
    <message>
        <source>No sales on this day yet</source>
        <translation>An diesem Tag noch keine Verkäufe</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Die letzte Ziffer löschen (Backspace)</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>keypad: clear the amount</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear amount</source>
        <translation>Betrag löschen</translation>
    </message>
    <message>
        <source>Clear the amount (Esc or Delete)</source>
        <translation>Den Betrag löschen (Esc oder Delete)</translation>
    </message>
    <message>
        <source>Keypad double zero</source>
        <translation>Tastenfeld Doppelnull</translation>
    </message>
    <message>
        <source>Add two zeros (type 0 twice)</source>
        <translation>Zwei Nullen hinzufügen (zweimal 0 tippen)</translation>
    </message>
    <message>
        <source>Keypad {digit}</source>
        <translation>Tastenfeld {digit}</translation>
    </message>
    <message>
        <source>Add the digit {digit} (key {digit})</source>
        <translation>Die Ziffer {digit} hinzufügen (Taste {digit})</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>The till cannot start</source>
        <translation>Die Kasse kann nicht starten</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Training mode needs no keys: it runs on a sandbox on this computer, with no real money. Keys can be added later in Settings.</source>
        <translation>Der Trainingsmodus braucht keine Schlüssel: Er läuft mit einer Sandbox auf diesem Computer, ohne echtes Geld. Schlüssel können später in den Einstellungen hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Start in training mode</source>
        <translation>Im Trainingsmodus starten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Starting the training sandbox…</source>
        <translation>Die Trainings-Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>The training sandbox did not start</source>
        <translation>Die Trainings-Sandbox ist nicht gestartet</translation>
    </message>
    <message>
        <source>Damaged files moved aside</source>
        <translation>Beschädigte Dateien beiseitegelegt</translation>
    </message>
    <message>
        <source>Resume payments (manager)</source>
        <translation>Zahlungen fortsetzen (Filialleitung)</translation>
    </message>
    <message>
        <source>Keep payments paused</source>
        <translation>Zahlungen angehalten lassen</translation>
    </message>
    <message>
        <source>Resume payments after the journal was replaced. Check this register&apos;s recent payments in the Stripe Dashboard first.</source>
        <translation>Zahlungen fortsetzen, nachdem das Journal ersetzt wurde. Prüfen Sie zuerst die letzten Zahlungen dieser Kasse im Stripe Dashboard.</translation>
    </message>
    <message>
        <source>Payments stay paused</source>
        <translation>Zahlungen bleiben angehalten</translation>
    </message>
    <message>
        <source>Payments resumed.</source>
        <translation>Zahlungen fortgesetzt.</translation>
    </message>
    <message>
        <source>Some of the till&apos;s files could not be read. Nothing was deleted:</source>
        <translation>Einige Dateien der Kasse konnten nicht gelesen werden. Nichts wurde gelöscht:</translation>
    </message>
    <message>
        <source>The till started with the default settings: check the shop&apos;s details, register and currency in Setup, or copy them back from the moved file.</source>
        <translation>Die Kasse wurde mit den Standardeinstellungen gestartet: Prüfen Sie Geschäftsdaten, Kasse und Währung in der Einrichtung oder kopieren Sie sie aus der beiseitegelegten Datei zurück.</translation>
    </message>
    <message>
        <source>All {count} attempts in it were carried over into a new journal; the {open} still unfinished are checked with Stripe.</source>
        <translation>Alle {count} Vorgänge darin wurden in ein neues Journal übernommen; die {open} noch offenen werden bei Stripe geprüft.</translation>
    </message>
    <message>
        <source>Only {count} attempts in it could be read, so payments whose outcome was still unknown may be missing from the new journal.</source>
        <translation>Nur {count} Vorgänge darin konnten gelesen werden; Zahlungen, deren Ergebnis noch unbekannt war, können im neuen Journal fehlen.</translation>
    </message>
    <message>
        <source>Nothing in it could be read, so payments whose outcome was still unknown may be missing from the new journal.</source>
        <translation>Nichts darin konnte gelesen werden; Zahlungen, deren Ergebnis noch unbekannt war, können im neuen Journal fehlen.</translation>
    </message>
    <message>
        <source>The journal was replaced on {when} UTC; the damaged one is at {place}.</source>
        <translation>Das Journal wurde am {when} UTC ersetzt; das beschädigte liegt unter {place}.</translation>
    </message>
    <message>
        <source>Payments are paused. Before resuming, a manager checks this register&apos;s payments of the last days in the Stripe Dashboard (each shows its order number) so that no customer is charged twice, then chooses Resume payments.</source>
        <translation>Zahlungen sind angehalten. Vor dem Fortsetzen prüft die Filialleitung die Zahlungen dieser Kasse der letzten Tage im Stripe Dashboard (jede zeigt ihre Bestellnummer), damit kein Kunde doppelt belastet wird, und wählt dann „Zahlungen fortsetzen“.</translation>
    </message>
    <message>
        <source>Keep the moved files: support can recover what they still hold.</source>
        <translation>Bewahren Sie die beiseitegelegten Dateien auf: Der Support kann wiederherstellen, was sie noch enthalten.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{business} — Till</source>
        <translation>{business} — Kasse</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Till mode</source>
        <translation>Kassenmodus</translation>
    </message>
    <message>
        <source>Stripe test mode: test cards only, no real money moves</source>
        <translation>Stripe-Testmodus: nur Testkarten, es fließt kein echtes Geld</translation>
    </message>
    <message>
        <source>Live mode: real cards are charged</source>
        <translation>Live-Modus: echte Karten werden belastet</translation>
    </message>
    <message>
        <source>Training sandbox: nothing leaves this computer</source>
        <translation>Trainings-Sandbox: nichts verlässt diesen Computer</translation>
    </message>
    <message>
        <source>Till pages</source>
        <translation>Kassenseiten</translation>
    </message>
    <message>
        <source>Charge</source>
        <comment>page tab: ring up a sale</comment>
        <translation>Kassieren</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Ring up a card payment (Ctrl+1)</source>
        <translation>Eine Kartenzahlung erfassen (Ctrl+1)</translation>
    </message>
    <message>
        <source>Customers (Ctrl+2)</source>
        <translation>Kunden (Ctrl+2)</translation>
    </message>
    <message>
        <source>Today&apos;s history (Ctrl+3)</source>
        <translation>Heutiger Verlauf (Ctrl+3)</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Seite {number}</translation>
    </message>
    <message>
        <source>&amp;Till</source>
        <translation>&amp;Kasse</translation>
    </message>
    <message>
        <source>Till menu</source>
        <translation>Kassenmenü</translation>
    </message>
    <message>
        <source>Settings, full screen and quit (Alt+T)</source>
        <translation>Einstellungen, Vollbild und Beenden (Alt+K)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Business details, register, Stripe keys (manager PIN)</source>
        <translation>Geschäftsdaten, Kasse, Stripe-Schlüssel (Manager-PIN)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Fill the whole display, without title bar or task bar (F11)</source>
        <translation>Den ganzen Bildschirm füllen, ohne Titelleiste und Taskleiste (F11)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the till (Ctrl+Q); waits for a payment in flight</source>
        <translation>Die Kasse schließen (Ctrl+Q); wartet auf eine laufende Zahlung</translation>
    </message>
    <message>
        <source>Ready. TEST mode.</source>
        <translation>Bereit. TEST-Modus.</translation>
    </message>
    <message>
        <source>Ready. LIVE mode.</source>
        <translation>Bereit. LIVE-Modus.</translation>
    </message>
    <message>
        <source>Ready. SANDBOX mode.</source>
        <translation>Bereit. SANDBOX-Modus.</translation>
    </message>
    <message>
        <source>Could not check unfinished payments with Stripe; they stay blocked and are checked again in a minute.</source>
        <translation>Offene Zahlungen konnten nicht bei Stripe geprüft werden; sie bleiben gesperrt und werden in einer Minute erneut geprüft.</translation>
    </message>
    <message>
        <source>Finish the payment first, then open the settings.</source>
        <translation>Schließen Sie zuerst die Zahlung ab und öffnen Sie dann die Einstellungen.</translation>
    </message>
    <message>
        <source>Open the settings: business details, this register&apos;s name, the Stripe keys and training mode.</source>
        <translation>Die Einstellungen öffnen: Geschäftsdaten, den Namen dieser Kasse, die Stripe-Schlüssel und den Trainingsmodus.</translation>
    </message>
    <message>
        <source>Settings saved. They apply the next time the till starts.</source>
        <translation>Einstellungen gespeichert. Sie gelten ab dem nächsten Start der Kasse.</translation>
    </message>
    <message>
        <source>A payment is in progress. The till closes once its outcome is known.</source>
        <translation>Eine Zahlung läuft. Die Kasse schließt, sobald ihr Ergebnis feststeht.</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>That PIN is not right. {count} more tries before it locks.</source>
        <translation>Diese PIN ist falsch. Noch {count} Versuche, bevor gesperrt wird.</translation>
    </message>
    <message>
        <source>That PIN is not right. One more try before it locks for five minutes.</source>
        <translation>Diese PIN ist falsch. Noch ein Versuch, dann wird für fünf Minuten gesperrt.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Diese PIN ist falsch.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Manager approval is locked until {time}.</source>
        <translation>Zu viele falsche PINs. Die Manager-Freigabe ist bis {time} gesperrt.</translation>
    </message>
    <message>
        <source>No manager PIN is set up; set one in the till&apos;s setup.</source>
        <translation>Es ist keine Manager-PIN eingerichtet; legen Sie eine in der Einrichtung der Kasse fest.</translation>
    </message>
</context>
<context>
    <name>ModeBadge</name>
    <message>
        <source>TEST MODE</source>
        <translation>TESTMODUS</translation>
    </message>
    <message>
        <source>LIVE MODE</source>
        <translation>LIVE-MODUS</translation>
    </message>
    <message>
        <source>SANDBOX MODE</source>
        <translation>SANDBOX-MODUS</translation>
    </message>
    <message>
        <source>TEST</source>
        <comment>the mode in the badge of a narrow window</comment>
        <translation>TEST</translation>
    </message>
    <message>
        <source>LIVE</source>
        <comment>the mode in the badge of a narrow window</comment>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <comment>the mode in the badge of a narrow window</comment>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>Register {register}</source>
        <translation>Kasse {register}</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>Choose a three-letter currency code such as USD</source>
        <translation>Wählen Sie einen dreistelligen Währungscode wie EUR</translation>
    </message>
    <message>
        <source>That amount is not in {currency}</source>
        <translation>Dieser Betrag ist nicht in {currency}</translation>
    </message>
    <message>
        <source>Type an amount such as {example}</source>
        <translation>Geben Sie einen Betrag wie {example} ein</translation>
    </message>
    <message>
        <source>Enter an amount</source>
        <translation>Geben Sie einen Betrag ein</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>Der Betrag darf nicht negativ sein</translation>
    </message>
    <message>
        <source>{currency} amounts have no decimal places</source>
        <translation>Beträge in {currency} haben keine Nachkommastellen</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {count} decimals</source>
        <translation>Beträge in {currency} haben höchstens {count} Nachkommastellen</translation>
    </message>
    <message>
        <source>That amount is too large</source>
        <translation>Dieser Betrag ist zu groß</translation>
    </message>
    <message>
        <source>Use the digit keys only</source>
        <translation>Verwenden Sie nur die Zifferntasten</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero</source>
        <translation>Geben Sie einen Betrag größer als null ein</translation>
    </message>
    <message>
        <source>Card charges in {currency} must be a multiple of {step}</source>
        <translation>Kartenzahlungen in {currency} müssen ein Vielfaches von {step} sein</translation>
    </message>
    <message>
        <source>The minimum card charge is {amount}</source>
        <translation>Die Mindestzahlung per Karte beträgt {amount}</translation>
    </message>
    <message>
        <source>The maximum card charge is {amount}</source>
        <translation>Die Höchstzahlung per Karte beträgt {amount}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Manager-Freigabe</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Manager-PIN</translation>
    </message>
    <message>
        <source>4 to 8 digits, hidden (Enter)</source>
        <translation>4 bis 8 Ziffern, verdeckt (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Do not approve (Esc)</source>
        <translation>Nicht freigeben (Esc)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Check the PIN (Enter)</source>
        <translation>Die PIN prüfen (Enter)</translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation>Die PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>Printers</name>
    <message>
        <source>the USB receipt printer {ids}</source>
        <translation>der USB-Belegdrucker {ids}</translation>
    </message>
    <message>
        <source>the network receipt printer at {address}</source>
        <translation>der Netzwerk-Belegdrucker unter {address}</translation>
    </message>
    <message>
        <source>the receipt printer “{name}”</source>
        <translation>der Belegdrucker „{name}“</translation>
    </message>
    <message>
        <source>the printer “{name}”</source>
        <translation>der Drucker „{name}“</translation>
    </message>
    <message>
        <source>the printer chosen in the print dialog</source>
        <translation>der im Druckdialog gewählte Drucker</translation>
    </message>
    <message>
        <source>Type the printer&apos;s address, e.g. 192.168.1.50.</source>
        <translation>Geben Sie die Adresse des Druckers ein, z. B. 192.168.1.50.</translation>
    </message>
    <message>
        <source>That is not an address: use the printer&apos;s IP address or its name.</source>
        <translation>Das ist keine Adresse: Verwenden Sie die IP-Adresse oder den Namen des Druckers.</translation>
    </message>
    <message>
        <source>Choose how receipts are printed.</source>
        <translation>Wählen Sie, wie Belege gedruckt werden.</translation>
    </message>
    <message>
        <source>Choose the printer by its name.</source>
        <translation>Wählen Sie den Drucker über seinen Namen.</translation>
    </message>
    <message>
        <source>That printer name cannot be used.</source>
        <translation>Dieser Druckername kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Type the vendor and product id as four hex digits each, e.g. 04b8:0202.</source>
        <translation>Geben Sie Hersteller- und Produkt-ID als je vier Hex-Ziffern ein, z. B. 04b8:0202.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 9100).</source>
        <translation>Der Port ist eine Zahl von 1 bis 65535 (meist 9100).</translation>
    </message>
    <message>
        <source>Printing on a thermal printer needs python-escpos, which is not installed. Install the till with its escpos extra (pip install &apos;pos-app[escpos]&apos;).</source>
        <translation>Drucken auf einem Thermodrucker erfordert python-escpos, das nicht installiert ist. Installieren Sie die Kasse mit ihrem Extra escpos (pip install &apos;pos-app[escpos]&apos;).</translation>
    </message>
    <message>
        <source>A Windows receipt printer needs pywin32, which this computer does not have. Install the till with its escpos extra (pip install &apos;pos-app[escpos]&apos;).</source>
        <translation>Ein Windows-Belegdrucker erfordert pywin32, das auf diesem Computer fehlt. Installieren Sie die Kasse mit ihrem Extra escpos (pip install &apos;pos-app[escpos]&apos;).</translation>
    </message>
    <message>
        <source>{printer} is not a thermal printer.</source>
        <translation>{printer} ist kein Thermodrucker.</translation>
    </message>
    <message>
        <source>{printer} cannot be used: {reason}</source>
        <translation>{printer} kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <source>USB printing needs the libusb library, which this computer does not have. Install it, or use the printer through the system&apos;s printers.</source>
        <translation>USB-Druck erfordert die Bibliothek libusb, die auf diesem Computer fehlt. Installieren Sie sie oder verwenden Sie den Drucker über die Drucker des Systems.</translation>
    </message>
    <message>
        <source>{printer} is not answering. Check that it is switched on and on the network, and that its address is right.</source>
        <translation>{printer} antwortet nicht. Prüfen Sie, ob er eingeschaltet und im Netzwerk ist und ob seine Adresse stimmt.</translation>
    </message>
    <message>
        <source>{printer} is not among this computer&apos;s printers. Check its name in Settings.</source>
        <translation>{printer} ist nicht unter den Druckern dieses Computers. Prüfen Sie seinen Namen in den Einstellungen.</translation>
    </message>
    <message>
        <source>{printer} was not found. Check that it is switched on and its cable plugged in.</source>
        <translation>{printer} wurde nicht gefunden. Prüfen Sie, ob er eingeschaltet und sein Kabel eingesteckt ist.</translation>
    </message>
    <message>
        <source>{printer} stopped answering while printing ({error}). Check its power, cable and paper.</source>
        <translation>{printer} hat beim Drucken nicht mehr geantwortet ({error}). Prüfen Sie Strom, Kabel und Papier.</translation>
    </message>
    <message>
        <source>{printer} is out of paper (or its cover is open). Put in a new roll, close the cover, and print again.</source>
        <translation>{printer} hat kein Papier mehr (oder die Abdeckung ist offen). Legen Sie eine neue Rolle ein, schließen Sie die Abdeckung und drucken Sie erneut.</translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation>Gedruckt auf {printer}.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Payment complete</source>
        <translation>Zahlung abgeschlossen</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>Erstattungsbeleg</translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation>Belegvorschau</translation>
    </message>
    <message>
        <source>The receipt as it prints on an 80 mm roll</source>
        <translation>Der Beleg, wie er auf einer 80-mm-Rolle gedruckt wird</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print the receipt: choose the printer (Ctrl+P)</source>
        <translation>Den Beleg drucken: Drucker wählen (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the receipt on {printer} (Ctrl+P)</source>
        <translation>Den Beleg auf {printer} drucken (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Beleg als PDF speichern</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF in the receipts folder (Ctrl+S)</source>
        <translation>Den Beleg als PDF im Belegordner speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Neuer Verkauf</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Close receipt</source>
        <translation>Beleg schließen</translation>
    </message>
    <message>
        <source>Close the receipt and take the next order (Enter or Esc)</source>
        <translation>Den Beleg schließen und die nächste Bestellung aufnehmen (Enter oder Esc)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Erneut drucken</translation>
    </message>
    <message>
        <source>Print the receipt again once the printer is fixed (Ctrl+P)</source>
        <translation>Den Beleg erneut drucken, sobald der Drucker wieder geht (Ctrl+P)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Order&#xa0;{order}</source>
        <translation>Bestellung&#xa0;{order}</translation>
    </message>
    <message>
        <source>Approved {amount} — {card} — order {order}</source>
        <translation>Genehmigt {amount} — {card} — Bestellung {order}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>Refund {order}</source>
        <translation>Erstattung {order}</translation>
    </message>
    <message>
        <source>Receipt {order}</source>
        <translation>Beleg {order}</translation>
    </message>
    <message>
        <source>Sent to the printer {printer}.</source>
        <translation>An den Drucker {printer} gesendet.</translation>
    </message>
    <message>
        <source>Printing on {printer}…</source>
        <translation>Drucke auf {printer}…</translation>
    </message>
    <message>
        <source>Not printed. {why} Save the receipt as a PDF instead ({reason}).</source>
        <translation>Nicht gedruckt. {why} Speichern Sie den Beleg stattdessen als PDF ({reason}).</translation>
    </message>
    <message>
        <source>Not printed: save the receipt as a PDF.</source>
        <translation>Nicht gedruckt: Speichern Sie den Beleg als PDF.</translation>
    </message>
    <message>
        <source>Not printed. {why} The receipt is saved as a PDF instead: {path}</source>
        <translation>Nicht gedruckt. {why} Der Beleg wurde stattdessen als PDF gespeichert: {path}</translation>
    </message>
    <message>
        <source>Printed to {path}</source>
        <translation>Gedruckt in {path}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Printing… the receipt closes once it is printed.</source>
        <translation>Drucke… der Beleg schließt, sobald er gedruckt ist.</translation>
    </message>
</context>
<context>
    <name>ReceiptEmail</name>
    <message>
        <source>That e-mail address does not look right.</source>
        <translation>Diese E-Mail-Adresse scheint nicht zu stimmen.</translation>
    </message>
</context>
<context>
    <name>ReceiptFields</name>
    <message>
        <source>Print opens the print dialog each time, to choose the printer or a PDF.</source>
        <translation>Drucken öffnet jedes Mal den Druckdialog, um den Drucker oder ein PDF zu wählen.</translation>
    </message>
    <message>
        <source>Print sends the receipt to this printer at once, on an 80 mm page as long as the receipt. Set the printer&apos;s paper to an 80 mm roll in the system&apos;s settings.</source>
        <translation>Drucken sendet den Beleg sofort an diesen Drucker, auf einer 80 mm breiten Seite so lang wie der Beleg. Stellen Sie das Papier des Druckers in den Systemeinstellungen auf eine 80-mm-Rolle ein.</translation>
    </message>
    <message>
        <source>A thermal printer on USB, spoken to in ESC/POS. Its vendor and product ids are shown by lsusb (Linux) or Device Manager → Details → Hardware Ids (Windows).</source>
        <translation>Ein Thermodrucker an USB, angesprochen über ESC/POS. Hersteller- und Produkt-ID zeigt lsusb (Linux) oder der Geräte-Manager → Details → Hardware-IDs (Windows).</translation>
    </message>
    <message>
        <source>A thermal printer on the shop&apos;s network, spoken to in ESC/POS on its raw port (9100 unless its manual says otherwise). Give it a fixed address.</source>
        <translation>Ein Thermodrucker im Netzwerk des Geschäfts, angesprochen über ESC/POS auf seinem Raw-Port (9100, sofern sein Handbuch nichts anderes sagt). Geben Sie ihm eine feste Adresse.</translation>
    </message>
    <message>
        <source>A thermal printer installed in Windows (its driver or the Generic / Text Only one): the receipt is sent to it raw, in ESC/POS.</source>
        <translation>Ein unter Windows installierter Thermodrucker (mit seinem Treiber oder dem Treiber Generic / Text Only): Der Beleg wird ihm roh in ESC/POS gesendet.</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>The shop&apos;s VAT, GST or tax number, printed under the address (optional)</source>
        <translation>Die USt-IdNr. oder Steuernummer des Geschäfts, unter der Adresse gedruckt (optional)</translation>
    </message>
    <message>
        <source>e.g. VAT GB123456789 (optional)</source>
        <translation>z. B. USt-IdNr. DE123456789 (optional)</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Belegfußzeile</translation>
    </message>
    <message>
        <source>Printed at the bottom of every receipt: the returns policy, a thank-you; Enter starts a new line, Tab moves on</source>
        <translation>Unten auf jeden Beleg gedruckt: Rückgaberegeln, ein Dankeschön; Enter beginnt eine neue Zeile, Tab geht weiter</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Belegdrucker</translation>
    </message>
    <message>
        <source>Where Print sends receipts (Alt+Down opens the list)</source>
        <translation>Wohin Drucken die Belege sendet (Alt+Down öffnet die Liste)</translation>
    </message>
    <message>
        <source>Ask each time (the print dialog)</source>
        <translation>Jedes Mal fragen (Druckdialog)</translation>
    </message>
    <message>
        <source>Thermal printer on USB</source>
        <translation>Thermodrucker an USB</translation>
    </message>
    <message>
        <source>Thermal printer on the network</source>
        <translation>Thermodrucker im Netzwerk</translation>
    </message>
    <message>
        <source>Windows printer, raw ESC/POS</source>
        <translation>Windows-Drucker, rohes ESC/POS</translation>
    </message>
    <message>
        <source>USB ids</source>
        <translation>USB-IDs</translation>
    </message>
    <message>
        <source>Vendor and product id, four hex digits each, e.g. 04b8:0202</source>
        <translation>Hersteller- und Produkt-ID, je vier Hex-Ziffern, z. B. 04b8:0202</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Druckeradresse</translation>
    </message>
    <message>
        <source>The network printer&apos;s IP address or name, e.g. 192.168.1.50</source>
        <translation>IP-Adresse oder Name des Netzwerkdruckers, z. B. 192.168.1.50</translation>
    </message>
    <message>
        <source>Printer port</source>
        <translation>Druckerport</translation>
    </message>
    <message>
        <source>The printer&apos;s raw port; empty is {port}</source>
        <translation>Der Raw-Port des Druckers; leer bedeutet {port}</translation>
    </message>
    <message>
        <source>{port} (the usual)</source>
        <translation>{port} (üblich)</translation>
    </message>
    <message>
        <source>Windows printer name</source>
        <translation>Windows-Druckername</translation>
    </message>
    <message>
        <source>The printer&apos;s name as Windows lists it in Printers &amp; scanners</source>
        <translation>Der Name des Druckers, wie Windows ihn unter Drucker &amp; Scanner anzeigt</translation>
    </message>
    <message>
        <source>e.g. EPSON TM-T20III Receipt</source>
        <translation>z. B. EPSON TM-T20III Receipt</translation>
    </message>
    <message>
        <source>Print every approved sale at once</source>
        <translation>Jeden genehmigten Verkauf sofort drucken</translation>
    </message>
    <message>
        <source>Print automatically</source>
        <translation>Automatisch drucken</translation>
    </message>
    <message>
        <source>The receipt prints as soon as a charge is approved (reprints only when asked)</source>
        <translation>Der Beleg wird gedruckt, sobald eine Zahlung genehmigt ist (Nachdrucke nur auf Anforderung)</translation>
    </message>
    <message>
        <source>Cut the paper after each receipt</source>
        <translation>Papier nach jedem Beleg abschneiden</translation>
    </message>
    <message>
        <source>Cut the paper</source>
        <translation>Papier abschneiden</translation>
    </message>
    <message>
        <source>Thermal printers with a cutter: cut right after the last line</source>
        <translation>Thermodrucker mit Abschneider: direkt nach der letzten Zeile abschneiden</translation>
    </message>
    <message>
        <source>Open the cash drawer with each sale&apos;s receipt</source>
        <translation>Mit jedem Verkaufsbeleg die Kassenschublade öffnen</translation>
    </message>
    <message>
        <source>Open the cash drawer</source>
        <translation>Kassenschublade öffnen</translation>
    </message>
    <message>
        <source>A drawer cabled to the thermal printer opens when a sale&apos;s receipt prints</source>
        <translation>Eine am Thermodrucker angeschlossene Schublade öffnet sich, wenn der Beleg eines Verkaufs gedruckt wird</translation>
    </message>
    <message>
        <source>What the receipt says</source>
        <translation>Was auf dem Beleg steht</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <source>The business name and address are on the first tab. The receipt also shows the card, how it was taken (keyed, swiped, card on file) and Stripe&apos;s receipt number or a short reference.</source>
        <translation>Name und Adresse des Geschäfts stehen auf dem ersten Reiter. Der Beleg zeigt außerdem die Karte, wie sie erfasst wurde (eingetippt, durchgezogen, hinterlegte Karte) und die Belegnummer von Stripe oder eine kurze Referenz.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinting</name>
    <message>
        <source>Receipt roll 80 mm</source>
        <translation>Belegrolle 80 mm</translation>
    </message>
    <message>
        <source>The printer “{printer}” would not start the receipt.</source>
        <translation>Der Drucker „{printer}“ konnte den Beleg nicht beginnen.</translation>
    </message>
    <message>
        <source>The printer “{printer}” reported an error printing the receipt.</source>
        <translation>Der Drucker „{printer}“ hat beim Drucken des Belegs einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The printer “{printer}” is not among this computer&apos;s printers. Check that it is installed and switched on, or choose another one in Settings.</source>
        <translation>Der Drucker „{printer}“ ist nicht unter den Druckern dieses Computers. Prüfen Sie, ob er installiert und eingeschaltet ist, oder wählen Sie in den Einstellungen einen anderen.</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{mode} — NOT A REAL PAYMENT</source>
        <translation>{mode} — KEINE ECHTE ZAHLUNG</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Original order</source>
        <translation>Ursprüngliche Bestellung</translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation>Verkauft am</translation>
    </message>
    <message>
        <source>Sale total</source>
        <translation>Verkaufssumme</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Erfassung</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Beleg-Nr.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Tax ID {tax_id}</source>
        <translation>Steuer-Nr. {tax_id}</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>ERSTATTUNG</translation>
    </message>
    <message>
        <source>REFUNDED</source>
        <translation>ERSTATTET</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>SUMME</translation>
    </message>
    <message>
        <source>REFUND PENDING</source>
        <translation>ERSTATTUNG AUSSTEHEND</translation>
    </message>
    <message>
        <source>REFUND FAILED</source>
        <translation>ERSTATTUNG FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>REFUND CANCELED</source>
        <translation>ERSTATTUNG STORNIERT</translation>
    </message>
    <message>
        <source>APPROVED</source>
        <translation>GENEHMIGT</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>AUSSTEHEND</translation>
    </message>
    <message>
        <source>PARTLY REFUNDED</source>
        <translation>TEILWEISE ERSTATTET</translation>
    </message>
    <message>
        <source>Thank you for your purchase!</source>
        <translation>Vielen Dank für Ihren Einkauf!</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Requested by the customer</source>
        <translation>Auf Wunsch des Kunden</translation>
    </message>
    <message>
        <source>Charged twice (duplicate)</source>
        <translation>Doppelt belastet (Duplikat)</translation>
    </message>
    <message>
        <source>Fraudulent payment</source>
        <translation>Betrügerische Zahlung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Order {order} · {card}</source>
        <translation>Bestellung {order} · {card}</translation>
    </message>
    <message>
        <source>Charged {amount} at {time} on {date}</source>
        <translation>{amount} belastet um {time} am {date}</translation>
    </message>
    <message>
        <source>Already refunded: {amount}</source>
        <translation>Bereits erstattet: {amount}</translation>
    </message>
    <message>
        <source>Stripe keeps its fee of {fee} on a refund.</source>
        <translation>Stripe behält bei einer Erstattung seine Gebühr von {fee}.</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Erstattungsbetrag</translation>
    </message>
    <message>
        <source>How much goes back to the card: at most {amount} (all of it unless you change it)</source>
        <translation>Wie viel auf die Karte zurückgeht: höchstens {amount} (der volle Betrag, sofern Sie ihn nicht ändern)</translation>
    </message>
    <message>
        <source>Up to {amount}: all that is left.</source>
        <translation>Bis zu {amount}: alles, was übrig ist.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why the money goes back (sent to Stripe and kept in the audit log)</source>
        <translation>Warum das Geld zurückgeht (wird an Stripe gesendet und im Prüfprotokoll gespeichert)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional: what happened, in your own words (kept with the refund and in the audit log)</source>
        <translation>Optional: was passiert ist, in Ihren eigenen Worten (wird mit der Erstattung und im Prüfprotokoll gespeichert)</translation>
    </message>
    <message>
        <source>e.g. cup arrived broken</source>
        <translation>z. B. Tasse kam zerbrochen an</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Refund problem</source>
        <translation>Erstattungsproblem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel refund</source>
        <translation>Erstattung abbrechen</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Zurück (Esc)</translation>
    </message>
    <message>
        <source>Give the money back to the card; a manager&apos;s PIN is asked first (Enter)</source>
        <translation>Das Geld auf die Karte zurückbuchen; zuerst wird die PIN eines Managers abgefragt (Enter)</translation>
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation>{amount} erstatten</translation>
    </message>
    <message>
        <source>Manager approval is not available on this till. Nothing was sent.</source>
        <translation>Die Manager-Freigabe ist an dieser Kasse nicht verfügbar. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Refund {amount} of order {order}</source>
        <translation>{amount} von Bestellung {order} erstatten</translation>
    </message>
    <message>
        <source>{reason}: {note}</source>
        <translation>{reason}: {note}</translation>
    </message>
    <message>
        <source>Not approved. Nothing was refunded.</source>
        <translation>Nicht freigegeben. Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <source>Refunding {amount}…</source>
        <translation>{amount} wird erstattet…</translation>
    </message>
    <message>
        <source>The answer from Stripe was lost. Checking whether the refund went through — do not refund again.</source>
        <translation>Die Antwort von Stripe ging verloren. Es wird geprüft, ob die Erstattung durchgegangen ist — erstatten Sie nicht erneut.</translation>
    </message>
    <message>
        <source>Refunded {amount}.</source>
        <translation>{amount} erstattet.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The refund is on its way to Stripe. Wait for the outcome before closing.</source>
        <translation>Die Erstattung ist auf dem Weg zu Stripe. Warten Sie das Ergebnis ab, bevor Sie schließen.</translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <source>Only a charge that went through can be refunded.</source>
        <translation>Nur eine erfolgreiche Zahlung kann erstattet werden.</translation>
    </message>
    <message>
        <source>This charge has already been refunded in full.</source>
        <translation>Diese Zahlung wurde bereits vollständig erstattet.</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <source>At most {amount} is left to refund on this charge.</source>
        <translation>Von dieser Zahlung sind höchstens {amount} zu erstatten.</translation>
    </message>
    <message>
        <source>Pick the reason for the refund.</source>
        <translation>Wählen Sie den Grund für die Erstattung.</translation>
    </message>
    <message>
        <source>The note is too long (500 characters at most).</source>
        <translation>Die Notiz ist zu lang (höchstens 500 Zeichen).</translation>
    </message>
    <message>
        <source>The manager&apos;s approval is for another action; ask for it again.</source>
        <translation>Die Freigabe des Managers gilt für eine andere Aktion; fordern Sie sie erneut an.</translation>
    </message>
</context>
<context>
    <name>SaveCardDialog</name>
    <message>
        <source>Stripe is saving the card. Wait for the outcome before closing.</source>
        <translation>Stripe speichert die Karte. Warten Sie das Ergebnis ab, bevor Sie schließen.</translation>
    </message>
    <message>
        <source>Save card on file</source>
        <translation>Karte hinterlegen</translation>
    </message>
    <message>
        <source>For {customer}</source>
        <translation>Für {customer}</translation>
    </message>
    <message>
        <source>Save card</source>
        <translation>Karte speichern</translation>
    </message>
    <message>
        <source>Save this card for the customer&apos;s next orders (Enter)</source>
        <translation>Diese Karte für die nächsten Bestellungen des Kunden speichern (Enter)</translation>
    </message>
    <message>
        <source>The customer agrees to keep this card on file</source>
        <translation>Der Kunde ist einverstanden, dass diese Karte hinterlegt wird</translation>
    </message>
    <message>
        <source>{shop} may then charge it for their future orders; the consent is kept with the card.</source>
        <translation>{shop} darf sie dann für künftige Bestellungen belasten; die Einwilligung wird mit der Karte gespeichert.</translation>
    </message>
    <message>
        <source>This shop may then charge it for their future orders; the consent is kept with the card.</source>
        <translation>Dieses Geschäft darf sie dann für künftige Bestellungen belasten; die Einwilligung wird mit der Karte gespeichert.</translation>
    </message>
    <message>
        <source>Card-on-file consent</source>
        <translation>Einwilligung zur hinterlegten Karte</translation>
    </message>
    <message>
        <source>Tick only once the customer has said yes; it is recorded with the card</source>
        <translation>Erst ankreuzen, wenn der Kunde zugestimmt hat; dies wird mit der Karte gespeichert</translation>
    </message>
    <message>
        <source>Tick the consent box once the customer has agreed. Nothing was saved.</source>
        <translation>Kreuzen Sie das Einwilligungsfeld an, sobald der Kunde zugestimmt hat. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saving card…</source>
        <translation>Karte wird gespeichert…</translation>
    </message>
    <message>
        <source>Checking with Stripe… Do not save the card again.</source>
        <translation>Wird bei Stripe geprüft… Speichern Sie die Karte nicht erneut.</translation>
    </message>
    <message>
        <source>Stripe has not confirmed this yet. Do not save the card again: the till keeps checking and the customer&apos;s list shows it once Stripe answers.</source>
        <translation>Stripe hat dies noch nicht bestätigt. Speichern Sie die Karte nicht erneut: Die Kasse prüft weiter, und die Liste des Kunden zeigt sie, sobald Stripe antwortet.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>This till takes real card payments (live keys).</source>
        <translation>Diese Kasse nimmt echte Kartenzahlungen an (Live-Schlüssel).</translation>
    </message>
    <message>
        <source>This till is in Stripe&apos;s test mode: test cards only, no real money.</source>
        <translation>Diese Kasse ist im Testmodus von Stripe: nur Testkarten, kein echtes Geld.</translation>
    </message>
    <message>
        <source>This till is in training mode, on the sandbox.</source>
        <translation>Diese Kasse ist im Trainingsmodus, in der Sandbox.</translation>
    </message>
    <message>
        <source>To leave it, choose this shop&apos;s Stripe account and paste its keys.</source>
        <translation>Um ihn zu verlassen, wählen Sie das Stripe-Konto dieses Geschäfts und fügen Sie dessen Schlüssel ein.</translation>
    </message>
    <message>
        <source>Keys typed here are checked with Stripe before anything is saved.</source>
        <translation>Hier eingegebene Schlüssel werden bei Stripe geprüft, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>The environment sets this till&apos;s business name or register (POS_BUSINESS_NAME, POS_REGISTER_ID); what is saved here applies without them.</source>
        <translation>Die Umgebung legt den Geschäftsnamen oder die Kasse fest (POS_BUSINESS_NAME, POS_REGISTER_ID); was hier gespeichert wird, gilt ohne sie.</translation>
    </message>
</context>
<context>
    <name>SettledAttempts</name>
    <message>
        <source>The payment{which} went through: the customer paid.</source>
        <translation>Die Zahlung{which} ist durchgegangen: Der Kunde hat bezahlt.</translation>
    </message>
    <message>
        <source>The payment{which} was declined: nothing was charged.</source>
        <translation>Die Zahlung{which} wurde abgelehnt: Es wurde nichts belastet.</translation>
    </message>
    <message>
        <source>The payment{which} never reached Stripe: nothing was charged.</source>
        <translation>Die Zahlung{which} hat Stripe nie erreicht: Es wurde nichts belastet.</translation>
    </message>
    <message>
        <source>The payment{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>Die Zahlung{which} ist noch ungeklärt: Wiederholen Sie sie nicht; die Kasse prüft weiter.</translation>
    </message>
    <message>
        <source>The refund{which} went through: the money goes back to the card.</source>
        <translation>Die Erstattung{which} ist durchgegangen: Das Geld geht auf die Karte zurück.</translation>
    </message>
    <message>
        <source>The refund{which} was refused by the card&apos;s bank.</source>
        <translation>Die Erstattung{which} wurde von der Bank der Karte abgelehnt.</translation>
    </message>
    <message>
        <source>The refund{which} never reached Stripe: nothing was refunded.</source>
        <translation>Die Erstattung{which} hat Stripe nie erreicht: Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <source>The refund{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>Die Erstattung{which} ist noch ungeklärt: Wiederholen Sie sie nicht; die Kasse prüft weiter.</translation>
    </message>
    <message>
        <source>The new customer{which} went through: the customer is saved.</source>
        <translation>Das Anlegen des Kunden{which} ist durchgegangen: Der Kunde ist gespeichert.</translation>
    </message>
    <message>
        <source>The new customer{which} was refused by the card&apos;s bank.</source>
        <translation>Das Anlegen des Kunden{which} wurde von der Bank der Karte abgelehnt.</translation>
    </message>
    <message>
        <source>The new customer{which} never reached Stripe: nothing changed.</source>
        <translation>Das Anlegen des Kunden{which} hat Stripe nie erreicht: Es hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>The new customer{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>Das Anlegen des Kunden{which} ist noch ungeklärt: Wiederholen Sie es nicht; die Kasse prüft weiter.</translation>
    </message>
    <message>
        <source>The card saved for a customer{which} went through: the card is saved.</source>
        <translation>Das Hinterlegen einer Kundenkarte{which} ist durchgegangen: Die Karte ist gespeichert.</translation>
    </message>
    <message>
        <source>The card saved for a customer{which} was refused by the card&apos;s bank.</source>
        <translation>Das Hinterlegen einer Kundenkarte{which} wurde von der Bank der Karte abgelehnt.</translation>
    </message>
    <message>
        <source>The card saved for a customer{which} never reached Stripe: nothing changed.</source>
        <translation>Das Hinterlegen einer Kundenkarte{which} hat Stripe nie erreicht: Es hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>The card saved for a customer{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>Das Hinterlegen einer Kundenkarte{which} ist noch ungeklärt: Wiederholen Sie es nicht; die Kasse prüft weiter.</translation>
    </message>
    <message>
        <source>The customer deletion{which} went through: the customer is deleted.</source>
        <translation>Das Löschen des Kunden{which} ist durchgegangen: Der Kunde ist gelöscht.</translation>
    </message>
    <message>
        <source>The customer deletion{which} was refused by the card&apos;s bank.</source>
        <translation>Das Löschen des Kunden{which} wurde von der Bank der Karte abgelehnt.</translation>
    </message>
    <message>
        <source>The customer deletion{which} never reached Stripe: nothing changed.</source>
        <translation>Das Löschen des Kunden{which} hat Stripe nie erreicht: Es hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>The customer deletion{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>Das Löschen des Kunden{which} ist noch ungeklärt: Wiederholen Sie es nicht; die Kasse prüft weiter.</translation>
    </message>
    <message>
        <source>The card removal{which} went through: the card is removed.</source>
        <translation>Das Entfernen der Karte{which} ist durchgegangen: Die Karte ist entfernt.</translation>
    </message>
    <message>
        <source>The card removal{which} was refused by the card&apos;s bank.</source>
        <translation>Das Entfernen der Karte{which} wurde von der Bank der Karte abgelehnt.</translation>
    </message>
    <message>
        <source>The card removal{which} never reached Stripe: nothing changed.</source>
        <translation>Das Entfernen der Karte{which} hat Stripe nie erreicht: Es hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>The card removal{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>Das Entfernen der Karte{which} ist noch ungeklärt: Wiederholen Sie es nicht; die Kasse prüft weiter.</translation>
    </message>
    <message>
        <source>The change of a customer&apos;s default card{which} went through.</source>
        <translation>Das Ändern der Standardkarte eines Kunden{which} ist durchgegangen.</translation>
    </message>
    <message>
        <source>The change of a customer&apos;s default card{which} was refused by the card&apos;s bank.</source>
        <translation>Das Ändern der Standardkarte eines Kunden{which} wurde von der Bank der Karte abgelehnt.</translation>
    </message>
    <message>
        <source>The change of a customer&apos;s default card{which} never reached Stripe: nothing changed.</source>
        <translation>Das Ändern der Standardkarte eines Kunden{which} hat Stripe nie erreicht: Es hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>The change of a customer&apos;s default card{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>Das Ändern der Standardkarte eines Kunden{which} ist noch ungeklärt: Wiederholen Sie es nicht; die Kasse prüft weiter.</translation>
    </message>
    <message>
        <source>The receipt e-mail{which} went through: Stripe e-mails the receipt.</source>
        <translation>Die Beleg-E-Mail{which} ist durchgegangen: Stripe sendet den Beleg per E-Mail.</translation>
    </message>
    <message>
        <source>The receipt e-mail{which} was refused by the card&apos;s bank.</source>
        <translation>Die Beleg-E-Mail{which} wurde von der Bank der Karte abgelehnt.</translation>
    </message>
    <message>
        <source>The receipt e-mail{which} never reached Stripe: no receipt was e-mailed.</source>
        <translation>Die Beleg-E-Mail{which} hat Stripe nie erreicht: Es wurde kein Beleg per E-Mail gesendet.</translation>
    </message>
    <message>
        <source>The receipt e-mail{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>Die Beleg-E-Mail{which} ist noch ungeklärt: Wiederholen Sie sie nicht; die Kasse prüft weiter.</translation>
    </message>
    <message>
        <source> for order {order}</source>
        <translation> für Bestellung {order}</translation>
    </message>
</context>
<context>
    <name>SettledDialog</name>
    <message>
        <source>Earlier payments checked</source>
        <translation>Frühere Zahlungen geprüft</translation>
    </message>
    <message>
        <source>What was still open has been checked with Stripe:</source>
        <translation>Was noch offen war, wurde bei Stripe geprüft:</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Receipt for order {order}</source>
        <translation>Beleg für Bestellung {order}</translation>
    </message>
    <message>
        <source>Show, print or save the receipt of order {order}</source>
        <translation>Den Beleg von Bestellung {order} anzeigen, drucken oder speichern</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Close the report</source>
        <translation>Den Bericht schließen</translation>
    </message>
    <message>
        <source>Close (Enter or Esc)</source>
        <translation>Schließen (Enter oder Esc)</translation>
    </message>
    <message>
        <source>What was still open has been checked with Stripe:

</source>
        <translation>Was noch offen war, wurde bei Stripe geprüft:

</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Set up this till</source>
        <translation>Diese Kasse einrichten</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Save setup</source>
        <translation>Einrichtung speichern</translation>
    </message>
    <message>
        <source>Check the keys with Stripe, save, and start the till (Enter)</source>
        <translation>Die Schlüssel bei Stripe prüfen, speichern und die Kasse starten (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel setup</source>
        <translation>Einrichtung abbrechen</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Ohne Speichern schließen (Esc)</translation>
    </message>
    <message>
        <source>Quit setup (Esc)</source>
        <translation>Einrichtung beenden (Esc)</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Payments and shop</source>
        <translation>Zahlungen und Geschäft</translation>
    </message>
    <message>
        <source>Receipts and printer</source>
        <translation>Belege und Drucker</translation>
    </message>
    <message>
        <source>Stripe keys, business, register, currency, PIN</source>
        <translation>Stripe-Schlüssel, Geschäft, Kasse, Währung, PIN</translation>
    </message>
    <message>
        <source>Tax number, footer and the receipt printer</source>
        <translation>Steuernummer, Fußzeile und der Belegdrucker</translation>
    </message>
    <message>
        <source>Training mode runs the till against a sandbox on this computer: no Stripe account, no network, no real money. Every screen and receipt says SANDBOX. Keys can be added later in Settings.</source>
        <translation>Der Trainingsmodus betreibt die Kasse mit einer Sandbox auf diesem Computer: kein Stripe-Konto, kein Netzwerk, kein echtes Geld. Jeder Bildschirm und jeder Beleg zeigt SANDBOX. Schlüssel können später in den Einstellungen hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <source>The Stripe keys go to the system keychain, never to a file, and are checked with Stripe before anything is saved. The PIN is kept only as a salted hash.</source>
        <translation>Die Stripe-Schlüssel kommen in den Schlüsselbund des Systems, nie in eine Datei, und werden bei Stripe geprüft, bevor etwas gespeichert wird. Die PIN wird nur als gesalzener Hash gespeichert.</translation>
    </message>
    <message>
        <source>Check keys and save</source>
        <translation>Prüfen und speichern</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Speichern und starten</translation>
    </message>
    <message>
        <source>Check the fields marked in red. Nothing was saved.</source>
        <translation>Prüfen Sie die rot markierten Felder. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Checking the keys with Stripe…</source>
        <translation>Die Schlüssel werden bei Stripe geprüft…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Stripe did not accept the keys. Nothing was saved.</source>
        <translation>Stripe hat die Schlüssel nicht akzeptiert. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the Stripe keys in. Choose training mode to start now, or set POS_STRIPE_SECRET_KEY in the till&apos;s environment.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund für die Stripe-Schlüssel. Wählen Sie den Trainingsmodus, um jetzt zu starten, oder setzen Sie POS_STRIPE_SECRET_KEY in der Umgebung der Kasse.</translation>
    </message>
    <message>
        <source> Nothing was saved.</source>
        <translation> Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>SetupFields</name>
    <message>
        <source>This shop&apos;s Stripe account</source>
        <translation>Das Stripe-Konto dieses Geschäfts</translation>
    </message>
    <message>
        <source>Stripe account</source>
        <translation>Stripe-Konto</translation>
    </message>
    <message>
        <source>Charge real cards (or Stripe&apos;s test cards with test keys) through Stripe</source>
        <translation>Echte Karten (oder mit Testschlüsseln die Testkarten von Stripe) über Stripe belasten</translation>
    </message>
    <message>
        <source>Training mode: no account, no real money</source>
        <translation>Trainingsmodus: kein Konto, kein echtes Geld</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Trainingsmodus</translation>
    </message>
    <message>
        <source>Practise with the built-in sandbox on this computer; every screen says SANDBOX</source>
        <translation>Mit der eingebauten Sandbox auf diesem Computer üben; jeder Bildschirm zeigt SANDBOX</translation>
    </message>
    <message>
        <source>Secret or restricted key</source>
        <translation>Geheimer oder eingeschränkter Schlüssel</translation>
    </message>
    <message>
        <source>The secret key (sk_…) or a restricted key (rk_…); kept in the system keychain</source>
        <translation>Der geheime Schlüssel (sk_…) oder ein eingeschränkter Schlüssel (rk_…); im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Publishable key</source>
        <translation>Veröffentlichbarer Schlüssel</translation>
    </message>
    <message>
        <source>The publishable key (pk_…) from the same page, optional</source>
        <translation>Der veröffentlichbare Schlüssel (pk_…) von derselben Seite, optional</translation>
    </message>
    <message>
        <source>sk_live_… or rk_live_…</source>
        <translation>sk_live_… oder rk_live_…</translation>
    </message>
    <message>
        <source>pk_live_… (optional)</source>
        <translation>pk_live_… (optional)</translation>
    </message>
    <message>
        <source>The keys come from the environment (POS_STRIPE_SECRET_KEY): change them there.</source>
        <translation>Die Schlüssel kommen aus der Umgebung (POS_STRIPE_SECRET_KEY): Ändern Sie sie dort.</translation>
    </message>
    <message>
        <source>Keys are stored in the keychain. Leave empty to keep them.</source>
        <translation>Die Schlüssel sind im Schlüsselbund gespeichert. Leer lassen, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Stored: leave empty to keep</source>
        <translation>Gespeichert: leer lassen zum Behalten</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Geschäftsname</translation>
    </message>
    <message>
        <source>Printed at the top of every receipt</source>
        <translation>Oben auf jeden Beleg gedruckt</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>Geschäftsadresse</translation>
    </message>
    <message>
        <source>Printed under the business name; Enter starts a new line, Tab moves on</source>
        <translation>Unter den Geschäftsnamen gedruckt; Enter beginnt eine neue Zeile, Tab geht weiter</translation>
    </message>
    <message>
        <source>Register name</source>
        <translation>Kassenname</translation>
    </message>
    <message>
        <source>Which till this is, e.g. FRONT-1: letters, digits, - or _; on every charge</source>
        <translation>Welche Kasse dies ist, z. B. FRONT-1: Buchstaben, Ziffern, - oder _; steht bei jeder Zahlung</translation>
    </message>
    <message>
        <source>e.g. FRONT-1</source>
        <translation>z. B. FRONT-1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>The currency this till charges in (Alt+Down opens the list)</source>
        <translation>Die Währung, in der diese Kasse kassiert (Alt+Down öffnet die Liste)</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>How amounts are written and read on the screens and receipts: the decimal separator, the grouping and where the currency symbol goes (Alt+Down opens the list)</source>
        <translation>Wie Beträge auf den Bildschirmen und Belegen geschrieben und gelesen werden: das Dezimaltrennzeichen, die Zifferngruppierung und die Stellung des Währungssymbols (Alt+Down öffnet die Liste)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the till and its receipts; it changes when the settings are saved and the till starts again</source>
        <translation>Die Sprache der Kasse und ihrer Belege; sie wechselt, wenn die Einstellungen gespeichert sind und die Kasse neu startet</translation>
    </message>
    <message>
        <source>Confirm charges above</source>
        <translation>Zahlungen bestätigen über</translation>
    </message>
    <message>
        <source>A charge above this amount is read back to the cashier before the card</source>
        <translation>Eine Zahlung über diesem Betrag wird dem Kassierer vor der Karte noch einmal angezeigt</translation>
    </message>
    <message>
        <source>{amount} (the default)</source>
        <translation>{amount} (Standard)</translation>
    </message>
    <message>
        <source>New manager PIN</source>
        <translation>Neue Manager-PIN</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Manager-PIN</translation>
    </message>
    <message>
        <source>4 to 8 digits; asked for refunds and settings</source>
        <translation>4 bis 8 Ziffern; wird für Erstattungen und Einstellungen abgefragt</translation>
    </message>
    <message>
        <source>; leave empty to keep the PIN</source>
        <translation>; leer lassen, um die PIN zu behalten</translation>
    </message>
    <message>
        <source>Confirm manager PIN</source>
        <translation>Manager-PIN bestätigen</translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation>Dieselbe PIN erneut eingeben</translation>
    </message>
    <message>
        <source>Leave empty to keep it</source>
        <translation>Leer lassen, um sie zu behalten</translation>
    </message>
    <message>
        <source>How this till takes payments</source>
        <translation>Wie diese Kasse Zahlungen annimmt</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>This shop and this register</source>
        <translation>Dieses Geschäft und diese Kasse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Confirm charges over</source>
        <translation>Zahlungen bestätigen über</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>PIN bestätigen</translation>
    </message>
    <message>
        <source>Amounts read {sample}. It applies once saved.</source>
        <translation>Beträge lauten {sample}. Gilt nach dem Speichern.</translation>
    </message>
    <message>
        <source>This computer&apos;s: {locale}. {words}</source>
        <translation>Einstellung dieses Computers: {locale}. {words}</translation>
    </message>
</context>
<context>
    <name>SetupRules</name>
    <message>
        <source>Paste the secret key (sk_…) or a restricted key (rk_…).</source>
        <translation>Fügen Sie den geheimen Schlüssel (sk_…) oder einen eingeschränkten Schlüssel (rk_…) ein.</translation>
    </message>
    <message>
        <source>This is the publishable key (pk_…). Paste the secret key (sk_… or rk_…) here.</source>
        <translation>Das ist der veröffentlichbare Schlüssel (pk_…). Fügen Sie hier den geheimen Schlüssel (sk_… oder rk_…) ein.</translation>
    </message>
    <message>
        <source>This is not a secret (sk_…) or restricted (rk_…) key.</source>
        <translation>Das ist kein geheimer (sk_…) oder eingeschränkter (rk_…) Schlüssel.</translation>
    </message>
    <message>
        <source>A publishable key starts with pk_test_ or pk_live_.</source>
        <translation>Ein veröffentlichbarer Schlüssel beginnt mit pk_test_ oder pk_live_.</translation>
    </message>
    <message>
        <source>Both keys must be test keys, or both live keys.</source>
        <translation>Beide Schlüssel müssen Testschlüssel sein oder beide Live-Schlüssel.</translation>
    </message>
    <message>
        <source>Enter the business name printed on receipts.</source>
        <translation>Geben Sie den Geschäftsnamen ein, der auf den Belegen steht.</translation>
    </message>
    <message>
        <source>Keep the business name under {count} characters.</source>
        <translation>Der Geschäftsname muss unter {count} Zeichen bleiben.</translation>
    </message>
    <message>
        <source>Keep the address under {count} characters.</source>
        <translation>Die Adresse muss unter {count} Zeichen bleiben.</translation>
    </message>
    <message>
        <source>Name this register, e.g. FRONT-1.</source>
        <translation>Benennen Sie diese Kasse, z. B. FRONT-1.</translation>
    </message>
    <message>
        <source>Use letters, digits, - and _ only (no spaces), up to 16.</source>
        <translation>Nur Buchstaben, Ziffern, - und _ (keine Leerzeichen), bis zu 16.</translation>
    </message>
    <message>
        <source>Choose the currency this till charges in.</source>
        <translation>Wählen Sie die Währung, in der diese Kasse kassiert.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Wählen Sie eine Sprache aus der Liste.</translation>
    </message>
    <message>
        <source>Choose how amounts are written from the list.</source>
        <translation>Wählen Sie aus der Liste, wie Beträge geschrieben werden.</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <source>That is above the largest card charge.</source>
        <translation>Das liegt über der höchsten Kartenzahlung.</translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation>Die PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>Die beiden PINs unterscheiden sich. Geben Sie die PIN erneut ein.</translation>
    </message>
    <message>
        <source>Keep the tax number on one line, under {count} characters.</source>
        <translation>Die Steuernummer muss in eine Zeile passen, unter {count} Zeichen.</translation>
    </message>
    <message>
        <source>Keep the footer under {count} characters.</source>
        <translation>Die Fußzeile muss unter {count} Zeichen bleiben.</translation>
    </message>
    <message>
        <source>Keep the footer to {count} lines or fewer.</source>
        <translation>Die Fußzeile darf höchstens {count} Zeilen haben.</translation>
    </message>
    <message>
        <source>Choose the receipt printer to print every receipt at once.</source>
        <translation>Wählen Sie den Belegdrucker, um jeden Beleg sofort zu drucken.</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The customer list&apos;s local copy was damaged and has been set aside; it is rebuilt from Stripe on the next refresh.</source>
        <translation>Die lokale Kopie der Kundenliste war beschädigt und wurde beiseitegelegt; sie wird bei der nächsten Aktualisierung aus Stripe neu aufgebaut.</translation>
    </message>
    <message>
        <source>Cannot write the customer list: {reason}</source>
        <translation>Die Kundenliste kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Payments are paused: the till&apos;s journal was damaged and moved to {moved_to}, and it may have held payments still being checked. A manager must check this register&apos;s recent payments in the Stripe Dashboard and then resume payments when the till starts.</source>
        <translation>Zahlungen sind angehalten: Das Journal der Kasse war beschädigt und wurde nach {moved_to} verschoben, und es kann Zahlungen enthalten haben, die noch geprüft wurden. Ein Manager muss die letzten Zahlungen dieser Kasse im Stripe Dashboard prüfen und die Zahlungen dann beim Start der Kasse fortsetzen.</translation>
    </message>
    <message>
        <source>This attempt key is already in the journal; a new attempt needs a new key.</source>
        <translation>Dieser Vorgangsschlüssel ist bereits im Journal; ein neuer Vorgang braucht einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot open the journal {path}: {reason}</source>
        <translation>Das Journal {path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>The journal {path} could not be replaced ({reason}). Check the disk, then start the till again.</source>
        <translation>Das Journal {path} konnte nicht ersetzt werden ({reason}). Prüfen Sie den Datenträger und starten Sie die Kasse dann erneut.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be used ({reason}). It was left as it is; close any other program using it, then start the till again.</source>
        <translation>Das Journal {path} kann nicht verwendet werden ({reason}). Es wurde unverändert gelassen; schließen Sie alle anderen Programme, die es verwenden, und starten Sie die Kasse dann erneut.</translation>
    </message>
    <message>
        <source>The journal could not be updated: {reason}</source>
        <translation>Das Journal konnte nicht aktualisiert werden: {reason}</translation>
    </message>
    <message>
        <source>The journal could not be read: {reason}</source>
        <translation>Das Journal konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>No open attempt with this key is in the journal.</source>
        <translation>Im Journal ist kein offener Vorgang mit diesem Schlüssel.</translation>
    </message>
    <message>
        <source>No attempt with this key is in the journal.</source>
        <translation>Im Journal ist kein Vorgang mit diesem Schlüssel.</translation>
    </message>
    <message>
        <source>The attempt is already settled as {current}; it cannot become {state}.</source>
        <translation>Der Vorgang ist bereits als {current} abgeschlossen; er kann nicht zu {state} werden.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read ({reason}) and a new one could not be prepared ({error}). Nothing was moved. Check the disk, then start the till again.</source>
        <translation>Das Journal {path} kann nicht gelesen werden ({reason}), und ein neues konnte nicht vorbereitet werden ({error}). Es wurde nichts verschoben. Prüfen Sie den Datenträger und starten Sie die Kasse dann erneut.</translation>
    </message>
    <message>
        <source>The damaged journal was moved to {moved_to}, but its replacement {replacement} could not be put in place ({reason}). Start the till again; it finishes the replacement.</source>
        <translation>Das beschädigte Journal wurde nach {moved_to} verschoben, aber sein Ersatz {replacement} konnte nicht an seine Stelle gesetzt werden ({reason}). Starten Sie die Kasse erneut; sie schließt den Austausch ab.</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of the application (schema {found}, this version knows {known}). Update the application.</source>
        <translation>Das Journal wurde von einer neueren Version der Anwendung geschrieben (Schema {found}, diese Version kennt {known}). Aktualisieren Sie die Anwendung.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}. Check that the disk is writable and that you have permission.</source>
        <translation>Der Ordner {folder} kann nicht angelegt werden: {reason}. Prüfen Sie, ob der Datenträger beschreibbar ist und Sie die Berechtigung haben.</translation>
    </message>
    <message>
        <source>The journal could not be read ({reason}). It was moved to {moved_to}.</source>
        <translation>Das Journal konnte nicht gelesen werden ({reason}). Es wurde nach {moved_to} verschoben.</translation>
    </message>
    <message>
        <source>The settings file could not be read ({reason}). It was moved to {moved_to}.</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden ({reason}). Sie wurde nach {moved_to} verschoben.</translation>
    </message>
    <message>
        <source>The customer list&apos;s local copy could not be read ({reason}). It was moved to {moved_to}.</source>
        <translation>Die lokale Kopie der Kundenliste konnte nicht gelesen werden ({reason}). Sie wurde nach {moved_to} verschoben.</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({reason}). It was moved to {moved_to}.</source>
        <translation>Die Datei {path} konnte nicht gelesen werden ({reason}). Sie wurde nach {moved_to} verschoben.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read ({reason}) and could not be moved aside ({error}). Nothing was changed. Check the folder&apos;s permissions, or move the file away by hand, then start the till again.</source>
        <translation>Das Journal {path} kann nicht gelesen werden ({reason}) und konnte nicht beiseitegelegt werden ({error}). Es wurde nichts geändert. Prüfen Sie die Berechtigungen des Ordners oder verschieben Sie die Datei von Hand und starten Sie die Kasse dann erneut.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({reason}) and could not be moved aside ({error}). Nothing was changed. Check the folder&apos;s permissions, or move the file away by hand, then start the till again.</source>
        <translation>Die Einstellungsdatei {path} kann nicht gelesen werden ({reason}) und konnte nicht beiseitegelegt werden ({error}). Es wurde nichts geändert. Prüfen Sie die Berechtigungen des Ordners oder verschieben Sie die Datei von Hand und starten Sie die Kasse dann erneut.</translation>
    </message>
    <message>
        <source>The customer list&apos;s local copy {path} cannot be read ({reason}) and could not be moved aside ({error}). Nothing was changed. Check the folder&apos;s permissions, or move the file away by hand, then start the till again.</source>
        <translation>Die lokale Kopie der Kundenliste {path} kann nicht gelesen werden ({reason}) und konnte nicht beiseitegelegt werden ({error}). Es wurde nichts geändert. Prüfen Sie die Berechtigungen des Ordners oder verschieben Sie die Datei von Hand und starten Sie die Kasse dann erneut.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}) and could not be moved aside ({error}). Nothing was changed. Check the folder&apos;s permissions, or move the file away by hand, then start the till again.</source>
        <translation>Die Datei {path} kann nicht gelesen werden ({reason}) und konnte nicht beiseitegelegt werden ({error}). Es wurde nichts geändert. Prüfen Sie die Berechtigungen des Ordners oder verschieben Sie die Datei von Hand und starten Sie die Kasse dann erneut.</translation>
    </message>
    <message>
        <source>This computer has no usable password store (keychain) for the Stripe keys. Either set the keys in the environment as POS_STRIPE_SECRET_KEY and POS_STRIPE_PUBLISHABLE_KEY before starting the till, or install and unlock a password store: on Linux a Secret Service keyring such as gnome-keyring (log in to a desktop session so that it unlocks).</source>
        <translation>Dieser Computer hat keinen nutzbaren Passwortspeicher (Schlüsselbund) für die Stripe-Schlüssel. Setzen Sie die Schlüssel entweder vor dem Start der Kasse in der Umgebung als POS_STRIPE_SECRET_KEY und POS_STRIPE_PUBLISHABLE_KEY, oder installieren und entsperren Sie einen Passwortspeicher: unter Linux einen Secret-Service-Schlüsselbund wie gnome-keyring (melden Sie sich an einer Desktop-Sitzung an, damit er entsperrt wird).</translation>
    </message>
    <message>
        <source>Could not read {name} from the password store: {reason}. Unlock the keychain (log in to the desktop session) and try again.</source>
        <translation>{name} konnte nicht aus dem Passwortspeicher gelesen werden: {reason}. Entsperren Sie den Schlüsselbund (melden Sie sich an der Desktop-Sitzung an) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not save {name} in the password store: {reason}. Unlock the keychain (log in to the desktop session) and try again.</source>
        <translation>{name} konnte nicht im Passwortspeicher gespeichert werden: {reason}. Entsperren Sie den Schlüsselbund (melden Sie sich an der Desktop-Sitzung an) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not delete {name} from the password store: {reason}. Unlock the keychain (log in to the desktop session) and try again.</source>
        <translation>{name} konnte nicht aus dem Passwortspeicher gelöscht werden: {reason}. Entsperren Sie den Schlüsselbund (melden Sie sich an der Desktop-Sitzung an) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not save the settings to {path}: {reason}. The previous settings are unchanged.</source>
        <translation>Die Einstellungen konnten nicht in {path} gespeichert werden: {reason}. Die bisherigen Einstellungen sind unverändert.</translation>
    </message>
    <message>
        <source>No journal at {path}.</source>
        <translation>Kein Journal unter {path}.</translation>
    </message>
</context>
<context>
    <name>TillSetup</name>
    <message>
        <source>In the Stripe Dashboard (dashboard.stripe.com), open Developers → API keys: the publishable key (pk_…) is shown there; reveal the secret key (sk_…) or create a restricted key (rk_…) and copy it.</source>
        <translation>Öffnen Sie im Stripe Dashboard (dashboard.stripe.com) Entwickler → API-Schlüssel: Dort steht der veröffentlichbare Schlüssel (pk_…); zeigen Sie den geheimen Schlüssel (sk_…) an oder erstellen Sie einen eingeschränkten Schlüssel (rk_…) und kopieren Sie ihn.</translation>
    </message>
    <message>
        <source>Stripe did not accept this key. Copy it again from the Dashboard (Developers → API keys); a key that was rolled no longer works.</source>
        <translation>Stripe hat diesen Schlüssel nicht akzeptiert. Kopieren Sie ihn erneut aus dem Dashboard (Entwickler → API-Schlüssel); ein rotierter Schlüssel funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Stripe accepted this restricted key but it may not read charges. Give it the Charges and Tokens permissions, or use the secret key.</source>
        <translation>Stripe hat diesen eingeschränkten Schlüssel akzeptiert, aber er darf möglicherweise keine Zahlungen lesen. Geben Sie ihm die Berechtigungen Charges und Tokens oder verwenden Sie den geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>The keys come from the environment; nothing to store.</source>
        <translation>Die Schlüssel kommen aus der Umgebung; nichts zu speichern.</translation>
    </message>
    <message>
        <source>Could not reach Stripe to check the keys. Check the network and try again.</source>
        <translation>Stripe war zum Prüfen der Schlüssel nicht erreichbar. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Stripe could not check the keys just now. Try again in a moment.</source>
        <translation>Stripe konnte die Schlüssel gerade nicht prüfen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>WrappingLabel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
</TS>
