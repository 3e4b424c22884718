<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AmountInput</name>
    <message>
        <source>System default</source>
        <translation>Valeur du système</translation>
    </message>
    <message>
        <source>That amount is not in {currency}.</source>
        <translation>Ce montant n’est pas en {currency}.</translation>
    </message>
    <message>
        <source>Type an amount such as {example}.</source>
        <translation>Saisissez un montant, par exemple {example}.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Group the digits in threes, as in {example}.</source>
        <translation>Groupez les chiffres par trois, comme dans {example}.</translation>
    </message>
    <message>
        <source>That amount is too large.</source>
        <translation>Ce montant est trop élevé.</translation>
    </message>
    <message>
        <source>Use “{point}” for the decimals, as in {example}.</source>
        <translation>Utilisez «&#xa0;{point}&#xa0;» pour les décimales, comme dans {example}.</translation>
    </message>
    <message>
        <source>Type three digits after each “{separator}”, as in {example}.</source>
        <translation>Tapez trois chiffres après chaque «&#xa0;{separator}&#xa0;», comme dans {example}.</translation>
    </message>
    <message>
        <source>{currency} amounts have no decimal places.</source>
        <translation>Les montants en {currency} n’ont pas de décimales.</translation>
    </message>
    <message>
        <source>{currency} amounts have 1 decimal place.</source>
        <translation>Les montants en {currency} ont 1 décimale.</translation>
    </message>
    <message numerus="yes">
        <source>{currency} amounts have %n decimal places.</source>
        <translation>
            <numerusform>Les montants en {currency} ont %n décimale.</numerusform>
            <numerusform>Les montants en {currency} ont %n décimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>The largest card charge is {amount}.</source>
        <translation>Le paiement par carte maximal est de {amount}.</translation>
    </message>
    <message>
        <source>Not pasted: {reason}</source>
        <translation>Non collé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Not pasted: {currency} is charged in whole units.</source>
        <translation>Non collé&#xa0;: les montants en {currency} sont sans décimales.</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>A payment is in progress. Wait for its outcome before closing.</source>
        <translation>Un paiement est en cours. Attendez son résultat avant de fermer.</translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation>Paiement par carte</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Commande {order}</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>Charge {amount}</source>
        <translation>Encaisser {amount}</translation>
    </message>
    <message>
        <source>Charge {amount} to this card (Enter)</source>
        <translation>Débiter {amount} sur cette carte (Enter)</translation>
    </message>
    <message>
        <source>Charging card…</source>
        <translation>Débit de la carte…</translation>
    </message>
    <message>
        <source>Checking payment status… Do not charge the card again.</source>
        <translation>Vérification du paiement… Ne débitez pas la carte une seconde fois.</translation>
    </message>
    <message>
        <source>Approved {amount}</source>
        <translation>Accepté {amount}</translation>
    </message>
    <message>
        <source>Stripe has not confirmed this payment yet. Do not charge the card again: the order stays open and the till keeps checking. History shows the outcome.</source>
        <translation>Stripe n’a pas encore confirmé ce paiement. Ne débitez pas la carte une seconde fois&#xa0;: la commande reste ouverte et la caisse continue de vérifier. L’historique affichera le résultat.</translation>
    </message>
</context>
<context>
    <name>CardEntryDialog</name>
    <message>
        <source>{title}: problem</source>
        <translation>{title}&#xa0;: problème</translation>
    </message>
    <message>
        <source>Swipe the card or key it in, then press Enter. Esc goes back.</source>
        <translation>Glissez la carte ou saisissez-la, puis appuyez sur Enter. Esc pour revenir.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: {title}</source>
        <translation>Annuler&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Retour (Esc)</translation>
    </message>
    <message>
        <source>Check the fields marked in red. Nothing was sent.</source>
        <translation>Vérifiez les champs en rouge. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Key {card} in again</source>
        <translation>Ressaisir {card}</translation>
    </message>
    <message>
        <source>Stripe is still answering. Wait for the outcome before closing.</source>
        <translation>Stripe n’a pas fini de répondre. Attendez le résultat avant de fermer.</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>The card could not be read. Swipe again or type the number.</source>
        <translation>La carte n’a pas pu être lue. Glissez-la à nouveau ou saisissez le numéro.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>Card number, grouped as the brand groups it (Tab to expiry)</source>
        <translation>Numéro de carte, groupé comme sur la carte (Tab vers l’expiration)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Type de carte</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d’expiration</translation>
    </message>
    <message>
        <source>Expiry as MM/YY (Tab to CVC)</source>
        <translation>Expiration au format MM/AA (Tab vers le CVC)</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/AA</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>Cryptogramme</translation>
    </message>
    <message>
        <source>The 3 or 4 digit security code (CVC), hidden as typed</source>
        <translation>Le cryptogramme (CVC) à 3 ou 4 chiffres, masqué à la saisie</translation>
    </message>
    <message>
        <source>CVC</source>
        <translation>CVC</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Billing postal code (optional)</source>
        <translation>Code postal de facturation (facultatif)</translation>
    </message>
    <message>
        <source>Name on card</source>
        <translation>Nom sur la carte</translation>
    </message>
    <message>
        <source>Name on card (optional)</source>
        <translation>Nom sur la carte (facultatif)</translation>
    </message>
    <message>
        <source>Expiry (MM/YY)</source>
        <translation>Expiration (MM/AA)</translation>
    </message>
    <message>
        <source>Not needed (swiped)</source>
        <translation>Inutile (carte glissée)</translation>
    </message>
    <message>
        <source>Optional for a swiped card: the security code is not on the stripe</source>
        <translation>Facultatif pour une carte glissée&#xa0;: le cryptogramme n’est pas sur la piste magnétique</translation>
    </message>
    <message>
        <source>brand not known yet</source>
        <translation>réseau encore inconnu</translation>
    </message>
    <message>
        <source>✓ Number looks right</source>
        <translation>✓ Le numéro semble correct</translation>
    </message>
</context>
<context>
    <name>CardTokens</name>
    <message>
        <source>This Stripe test account takes only Stripe&apos;s test card numbers (for example 4242 4242 4242 4242).</source>
        <translation>Ce compte de test Stripe n&apos;accepte que les numéros de carte de test de Stripe (par exemple 4242 4242 4242 4242).</translation>
    </message>
</context>
<context>
    <name>CardValidation</name>
    <message>
        <source>Card number is not valid, check the digits</source>
        <translation>Numéro de carte non valide, vérifiez les chiffres</translation>
    </message>
    <message>
        <source>Card could not be read, swipe again or key it in</source>
        <translation>Carte illisible, glissez-la à nouveau ou saisissez-la</translation>
    </message>
    <message>
        <source>Enter the card number</source>
        <translation>Saisissez le numéro de carte</translation>
    </message>
    <message>
        <source>Card number may contain only digits</source>
        <translation>Le numéro de carte ne doit contenir que des chiffres</translation>
    </message>
    <message>
        <source>Card number is incomplete</source>
        <translation>Le numéro de carte est incomplet</translation>
    </message>
    <message>
        <source>Enter the expiry as MM/YY</source>
        <translation>Saisissez l’expiration au format MM/AA</translation>
    </message>
    <message>
        <source>Expiry month must be 01 to 12</source>
        <translation>Le mois d’expiration doit être entre 01 et 12</translation>
    </message>
    <message>
        <source>Expiry is in the past</source>
        <translation>La date d’expiration est passée</translation>
    </message>
    <message>
        <source>Expiry is too far in the future</source>
        <translation>La date d’expiration est trop lointaine</translation>
    </message>
    <message>
        <source>CVC must be {count} digits</source>
        <translation>Le CVC doit comporter {count} chiffres</translation>
    </message>
    <message>
        <source>CVC must be {counts} or {last} digits</source>
        <translation>Le CVC doit comporter {counts} ou {last} chiffres</translation>
    </message>
    <message>
        <source>Card number has the wrong number of digits</source>
        <translation>Le numéro de carte n’a pas le bon nombre de chiffres</translation>
    </message>
    <message>
        <source>Postal code looks wrong</source>
        <translation>Le code postal semble incorrect</translation>
    </message>
    <message>
        <source>Name is too long</source>
        <translation>Le nom est trop long</translation>
    </message>
    <message>
        <source>Name contains characters that cannot be printed</source>
        <translation>Le nom contient des caractères non imprimables</translation>
    </message>
    <message>
        <source>Keyed</source>
        <translation>Saisie manuelle</translation>
    </message>
    <message>
        <source>Swiped</source>
        <translation>Carte glissée</translation>
    </message>
    <message>
        <source>Card on file</source>
        <translation>Carte enregistrée</translation>
    </message>
</context>
<context>
    <name>CashierMessages</name>
    <message>
        <source>Declined: insufficient funds. Ask for another card or a smaller amount.</source>
        <translation>Refusée&#xa0;: fonds insuffisants. Demandez une autre carte ou un montant plus faible.</translation>
    </message>
    <message>
        <source>Declined: the card has expired. Check the expiry date or ask for another card.</source>
        <translation>Refusée&#xa0;: la carte a expiré. Vérifiez la date d’expiration ou demandez une autre carte.</translation>
    </message>
    <message>
        <source>Declined: the security code (CVC) is wrong. Check it with the customer and try again.</source>
        <translation>Refusée&#xa0;: le cryptogramme (CVC) est erroné. Vérifiez-le avec le client et réessayez.</translation>
    </message>
    <message>
        <source>The security code (CVC) is not valid. Check it and try again.</source>
        <translation>Le cryptogramme (CVC) n’est pas valide. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>The card number is wrong. Check it and key it in again.</source>
        <translation>Le numéro de carte est erroné. Vérifiez-le et saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The card number is not valid. Check it and key it in again.</source>
        <translation>Le numéro de carte n’est pas valide. Vérifiez-le et saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The expiry month is not valid. Check the expiry date.</source>
        <translation>Le mois d’expiration n’est pas valide. Vérifiez la date d’expiration.</translation>
    </message>
    <message>
        <source>The expiry year is not valid. Check the expiry date.</source>
        <translation>L’année d’expiration n’est pas valide. Vérifiez la date d’expiration.</translation>
    </message>
    <message>
        <source>Declined: the postal code does not match. Check it and retry.</source>
        <translation>Refusée&#xa0;: le code postal ne correspond pas. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>The card could not be processed. Try once more; if it fails again, ask for another card.</source>
        <translation>La carte n’a pas pu être traitée. Réessayez une fois&#xa0;; en cas de nouvel échec, demandez une autre carte.</translation>
    </message>
    <message>
        <source>Declined: the card has reached its limit. Ask for another card.</source>
        <translation>Refusée&#xa0;: la carte a atteint son plafond. Demandez une autre carte.</translation>
    </message>
    <message>
        <source>Declined too many times. Wait a while or ask for another card.</source>
        <translation>Trop de refus. Patientez un moment ou demandez une autre carte.</translation>
    </message>
    <message>
        <source>(Stripe request {request})</source>
        <translation>(requête Stripe {request})</translation>
    </message>
    <message>
        <source>Declined. Ask the customer for another card or another way to pay.</source>
        <translation>Refusée. Demandez au client une autre carte ou un autre moyen de paiement.</translation>
    </message>
    <message>
        <source>Card declined</source>
        <translation>Carte refusée</translation>
    </message>
    <message>
        <source>Nothing was charged.</source>
        <translation>Rien n’a été débité.</translation>
    </message>
    <message>
        <source>Check the entry</source>
        <translation>Vérifiez la saisie</translation>
    </message>
    <message>
        <source>Checking payment status…</source>
        <translation>Vérification du paiement…</translation>
    </message>
    <message>
        <source>The answer from Stripe was lost. Checking whether the payment went through — do not charge the card again.</source>
        <translation>La réponse de Stripe a été perdue. Vérification de l’aboutissement du paiement — ne débitez pas la carte une seconde fois.</translation>
    </message>
    <message>
        <source>Still being checked</source>
        <translation>Vérification en cours</translation>
    </message>
    <message>
        <source>An earlier payment for this order is still being checked with Stripe. Wait for its outcome; do not take the payment again.</source>
        <translation>Un paiement précédent de cette commande est encore en cours de vérification auprès de Stripe. Attendez son résultat&#xa0;; n’encaissez pas une seconde fois.</translation>
    </message>
    <message>
        <source>Not charged</source>
        <translation>Non débité</translation>
    </message>
    <message>
        <source>Receipt not printed</source>
        <translation>Ticket non imprimé</translation>
    </message>
    <message>
        <source>Keyed card entry is not enabled</source>
        <translation>La saisie manuelle des cartes n’est pas activée</translation>
    </message>
    <message>
        <source>This Stripe account does not accept card numbers typed into the till. Stripe allows it only after the business asks Stripe for raw card data access and files a PCI self-assessment (SAQ D).</source>
        <translation>Ce compte Stripe n’accepte pas les numéros de carte saisis à la caisse. Stripe ne l’autorise qu’une fois que l’entreprise a demandé à Stripe l’accès aux données de carte brutes et déposé une auto-évaluation PCI (SAQ D).</translation>
    </message>
    <message>
        <source>Stripe key refused</source>
        <translation>Clé Stripe refusée</translation>
    </message>
    <message>
        <source>Stripe did not accept this register&apos;s API key. A manager must check the keys in Setup.</source>
        <translation>Stripe n’a pas accepté la clé API de cette caisse. Un responsable doit vérifier les clés dans la Configuration.</translation>
    </message>
    <message>
        <source>Key lacks a permission</source>
        <translation>Autorisation manquante pour la clé</translation>
    </message>
    <message>
        <source>This register&apos;s restricted key may not do this. A manager must grant the permission in Stripe.</source>
        <translation>La clé restreinte de cette caisse n’y est pas autorisée. Un responsable doit accorder l’autorisation dans Stripe.</translation>
    </message>
    <message>
        <source>Stripe unreachable</source>
        <translation>Stripe injoignable</translation>
    </message>
    <message>
        <source>Could not reach Stripe.</source>
        <translation>Impossible de joindre Stripe.</translation>
    </message>
    <message>
        <source>Check the network and try again.</source>
        <translation>Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>Stripe is busy</source>
        <translation>Stripe est surchargé</translation>
    </message>
    <message>
        <source>Stripe asked the till to slow down. Wait a moment and try again.</source>
        <translation>Stripe a demandé à la caisse de ralentir. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>Customer deleted</source>
        <translation>Client supprimé</translation>
    </message>
    <message>
        <source>This customer has been deleted, on another till or in the Stripe Dashboard. Nothing was charged, and they are taken off the list.</source>
        <translation>Ce client a été supprimé, sur une autre caisse ou dans le Dashboard Stripe. Rien n’a été débité et il est retiré de la liste.</translation>
    </message>
    <message>
        <source>Payment needs checking</source>
        <translation>Paiement à vérifier</translation>
    </message>
    <message>
        <source>Stripe saw this payment attempt with different details. Ask a manager to check today&apos;s history before charging again.</source>
        <translation>Stripe a reçu cette tentative de paiement avec d’autres détails. Demandez à un responsable de vérifier l’historique du jour avant d’encaisser à nouveau.</translation>
    </message>
    <message>
        <source>Stripe refused the request: “{reason}”.</source>
        <translation>Stripe a refusé la requête&#xa0;: «&#xa0;{reason}&#xa0;».</translation>
    </message>
    <message>
        <source>Stripe refused the request.</source>
        <translation>Stripe a refusé la requête.</translation>
    </message>
    <message>
        <source>Stripe refused the request</source>
        <translation>Requête refusée par Stripe</translation>
    </message>
    <message>
        <source>Setup needed</source>
        <translation>Configuration requise</translation>
    </message>
    <message>
        <source>Stripe error</source>
        <translation>Erreur Stripe</translation>
    </message>
    <message>
        <source>Stripe reported an error.</source>
        <translation>Stripe a signalé une erreur.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>An unexpected error happened. The details are in the log.</source>
        <translation>Une erreur inattendue s’est produite. Les détails figurent dans le journal.</translation>
    </message>
    <message>
        <source>This charge has already been refunded in full.</source>
        <translation>Ce paiement a déjà été entièrement remboursé.</translation>
    </message>
    <message>
        <source>That is more than is left to refund on this charge.</source>
        <translation>C’est plus que le montant restant à rembourser sur ce paiement.</translation>
    </message>
    <message>
        <source>The customer has disputed this charge with their bank; it cannot be refunded here. Answer the dispute in the Stripe Dashboard.</source>
        <translation>Le client a contesté ce paiement auprès de sa banque&#xa0;; il ne peut pas être remboursé ici. Répondez au litige dans le Dashboard Stripe.</translation>
    </message>
    <message>
        <source>Stripe does not know this charge (was it made with other keys?).</source>
        <translation>Stripe ne connaît pas ce paiement (a-t-il été fait avec d’autres clés&#xa0;?).</translation>
    </message>
    <message>
        <source>Nothing was refunded.</source>
        <translation>Rien n’a été remboursé.</translation>
    </message>
    <message>
        <source>Check the refund</source>
        <translation>Vérifiez le remboursement</translation>
    </message>
    <message>
        <source>Checking the refund…</source>
        <translation>Vérification du remboursement…</translation>
    </message>
    <message>
        <source>The answer from Stripe was lost and it is not known yet whether the refund went through. The till keeps checking; do not refund this charge again.</source>
        <translation>La réponse de Stripe a été perdue et on ne sait pas encore si le remboursement a abouti. La caisse continue de vérifier&#xa0;; ne remboursez pas ce paiement une seconde fois.</translation>
    </message>
    <message>
        <source>An earlier refund of this charge is still being checked with Stripe. Wait for its outcome before refunding again.</source>
        <translation>Un remboursement précédent de ce paiement est encore en cours de vérification auprès de Stripe. Attendez son résultat avant de rembourser à nouveau.</translation>
    </message>
    <message>
        <source>Not refunded</source>
        <translation>Non remboursé</translation>
    </message>
    <message>
        <source>Stripe refused the refund</source>
        <translation>Remboursement refusé par Stripe</translation>
    </message>
    <message>
        <source>Stripe refused the refund.</source>
        <translation>Stripe a refusé le remboursement.</translation>
    </message>
</context>
<context>
    <name>ChargeDetailsDialog</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>requires action</source>
        <translation>action requise</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Charge details</source>
        <translation>Détails du paiement</translation>
    </message>
    <message>
        <source>Print receipt again</source>
        <translation>Réimprimer le ticket</translation>
    </message>
    <message>
        <source>Print the receipt again</source>
        <translation>Imprimer à nouveau le ticket</translation>
    </message>
    <message>
        <source>Show this charge&apos;s receipt to print it or save it as a PDF</source>
        <translation>Afficher le ticket de ce paiement pour l’imprimer ou l’enregistrer en PDF</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <source>Refund this charge</source>
        <translation>Rembourser ce paiement</translation>
    </message>
    <message>
        <source>Give money back on this charge (manager PIN)</source>
        <translation>Rembourser tout ou partie de ce paiement (PIN du responsable)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Fermer les détails</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Esc)</translation>
    </message>
    <message>
        <source>Refunds and customer could not be read: {reason}</source>
        <translation>Impossible de lire les remboursements et le client&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Stripe fee</source>
        <translation>Frais Stripe</translation>
    </message>
    <message>
        <source>After the fee</source>
        <translation>Après les frais</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Seller message</source>
        <translation>Message vendeur</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Decline code</source>
        <translation>Code de refus</translation>
    </message>
    <message>
        <source>Failure message</source>
        <translation>Message d’échec</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Card expiry</source>
        <translation>Expiration carte</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Walk-in: no saved customer.</source>
        <translation>Client de passage&#xa0;: aucun client enregistré.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Reading from Stripe…</source>
        <translation>Lecture depuis Stripe…</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
</context>
<context>
    <name>ChargePage</name>
    <message>
        <source>Type an amount, then press Enter to charge.</source>
        <translation>Saisissez un montant, puis appuyez sur Enter pour encaisser.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Préparation en cours…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>N° de commande</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Receipt e-mail</source>
        <translation>Ticket par e-mail</translation>
    </message>
    <message>
        <source>Type the amount: digits fill from the cents, a decimal point also works (Enter charges, Esc clears)</source>
        <translation>Saisissez le montant&#xa0;: les chiffres remplissent à partir des centimes, une virgule décimale fonctionne aussi (Enter encaisse, Esc efface)</translation>
    </message>
    <message>
        <source>Order number: the register&apos;s next number is taken when the card is charged; type one to match a paper order (Tab)</source>
        <translation>Numéro de commande&#xa0;: le prochain numéro de la caisse est attribué au débit de la carte&#xa0;; saisissez-en un pour correspondre à une commande papier (Tab)</translation>
    </message>
    <message>
        <source>Next number, taken when charged</source>
        <translation>Numéro suivant, attribué à l’encaissement</translation>
    </message>
    <message>
        <source>What was sold, shown on the receipt (optional, Tab)</source>
        <translation>Ce qui a été vendu, affiché sur le ticket (facultatif, Tab)</translation>
    </message>
    <message>
        <source>e.g. 2 coffees</source>
        <translation>ex. 2 cafés</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail for Stripe&apos;s receipt (optional, Tab)</source>
        <translation>E-mail du client pour le ticket de Stripe (facultatif, Tab)</translation>
    </message>
    <message>
        <source>customer@example.com</source>
        <comment>an example e-mail address</comment>
        <translation>client@exemple.fr</translation>
    </message>
    <message>
        <source>Not sent in training mode</source>
        <translation>Non envoyé en mode formation</translation>
    </message>
    <message>
        <source>Receipt e-mails are sent by Stripe for live charges only; training mode sends nothing</source>
        <translation>Stripe n’envoie les tickets par e-mail que pour les paiements réels&#xa0;; le mode formation n’envoie rien</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <source>Take the card payment for this amount (Enter)</source>
        <translation>Encaisser ce montant par carte (Enter)</translation>
    </message>
    <message>
        <source>Charge {amount}</source>
        <translation>Encaisser {amount}</translation>
    </message>
    <message>
        <source>Type the amount to charge.</source>
        <translation>Saisissez le montant à encaisser.</translation>
    </message>
    <message>
        <source>{field}: {problem} Nothing was sent.</source>
        <translation>{field}&#xa0;: {problem} Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Check the amount</source>
        <translation>Vérifiez le montant</translation>
    </message>
    <message>
        <source>Charge {amount}?</source>
        <translation>Encaisser {amount}&#xa0;?</translation>
    </message>
    <message>
        <source>This is more than {limit}. Check the amount with the customer.</source>
        <translation>Cela dépasse {limit}. Vérifiez le montant avec le client.</translation>
    </message>
    <message>
        <source>Change the amount</source>
        <translation>Modifier le montant</translation>
    </message>
    <message>
        <source>Not charged. Correct the amount, then press Enter.</source>
        <translation>Non débité. Corrigez le montant, puis appuyez sur Enter.</translation>
    </message>
    <message>
        <source>Live mode</source>
        <translation>Mode réel</translation>
    </message>
    <message>
        <source>This till is in LIVE mode. {amount} will be charged to a real card.</source>
        <translation>Cette caisse est en mode RÉEL. {amount} sera débité sur une vraie carte.</translation>
    </message>
    <message>
        <source>Confirm once per day before the first live charge.</source>
        <translation>À confirmer une fois par jour avant le premier paiement réel.</translation>
    </message>
    <message>
        <source>Charge {amount} for real</source>
        <translation>Encaisser {amount} pour de vrai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Live charge cancelled. Nothing was charged.</source>
        <translation>Paiement réel annulé. Rien n’a été débité.</translation>
    </message>
    <message>
        <source>Live charging needs a manager&apos;s PIN, and none is set up. Nothing was charged.</source>
        <translation>Les paiements réels exigent le PIN d’un responsable, et aucun n’est configuré. Rien n’a été débité.</translation>
    </message>
    <message>
        <source>Approve live charging for today: real cards, starting with {amount}.</source>
        <translation>Autoriser les paiements réels pour aujourd’hui&#xa0;: vraies cartes, à commencer par {amount}.</translation>
    </message>
    <message>
        <source>Live charge not approved. Nothing was charged.</source>
        <translation>Paiement réel non autorisé. Rien n’a été débité.</translation>
    </message>
    <message>
        <source>Waiting for the card: {amount}</source>
        <translation>En attente de la carte&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>card</source>
        <comment>the card of an approved sale, when its number is not known</comment>
        <translation>carte</translation>
    </message>
    <message>
        <source>Approved {amount} — {card} — order {order}</source>
        <translation>Accepté {amount} — {card} — commande {order}</translation>
    </message>
    <message>
        <source>Stripe e-mails its receipt to {email}.</source>
        <translation>Stripe envoie son ticket par e-mail à {email}.</translation>
    </message>
    <message>
        <source>Not e-mailed to {email}: Stripe sends receipt e-mails for live charges only.</source>
        <translation>Non envoyé à {email}&#xa0;: Stripe n’envoie les tickets par e-mail que pour les paiements réels.</translation>
    </message>
    <message>
        <source>{message} Order {order} is still open.</source>
        <translation>{message} La commande {order} reste ouverte.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was charged.</source>
        <translation>Annulé. Rien n’a été débité.</translation>
    </message>
</context>
<context>
    <name>Charging</name>
    <message>
        <source>This till charges in {currency}.</source>
        <translation>Cette caisse encaisse en {currency}.</translation>
    </message>
    <message>
        <source>Order numbers are up to 100 characters, no [ ].</source>
        <translation>Les numéros de commande font 100 caractères au plus, sans [ ].</translation>
    </message>
    <message>
        <source>The description is too long (500 max).</source>
        <translation>La description est trop longue (500 max.).</translation>
    </message>
</context>
<context>
    <name>Configuration</name>
    <message>
        <source>No Stripe secret key is configured; run the setup first.</source>
        <translation>Aucune clé secrète Stripe n’est configurée ; lancez d’abord la configuration.</translation>
    </message>
    <message>
        <source>No Stripe keys are configured: run `pos-app` once to open the setup, or set POS_STRIPE_SECRET_KEY.</source>
        <translation>Aucune clé Stripe n’est configurée : lancez `pos-app` une fois pour ouvrir la configuration, ou définissez POS_STRIPE_SECRET_KEY.</translation>
    </message>
    <message>
        <source>{variable} must be 4 to 8 digits</source>
        <translation>{variable} doit comporter de 4 à 8 chiffres</translation>
    </message>
    <message>
        <source>The stored time zone is not valid: {reason}</source>
        <translation>Le fuseau horaire enregistré n’est pas valide : {reason}</translation>
    </message>
    <message>
        <source>{variable} is not valid: keep it under {limit} characters</source>
        <translation>{variable} n’est pas valide : restez sous {limit} caractères</translation>
    </message>
    <message>
        <source>{variable} is not valid: {reason}</source>
        <translation>{variable} n’est pas valide : {reason}</translation>
    </message>
    <message>
        <source>{variable} holds a publishable key (pk_...); it needs the secret key (sk_live_/sk_test_) or a restricted key (rk_live_/rk_test_)</source>
        <translation>{variable} contient une clé publiable (pk_...) ; il faut la clé secrète (sk_live_/sk_test_) ou une clé restreinte (rk_live_/rk_test_)</translation>
    </message>
    <message>
        <source>The stored secret key holds a publishable key (pk_...); it needs the secret key (sk_live_/sk_test_) or a restricted key (rk_live_/rk_test_)</source>
        <translation>La clé secrète enregistrée est une clé publiable (pk_...) ; il faut la clé secrète (sk_live_/sk_test_) ou une clé restreinte (rk_live_/rk_test_)</translation>
    </message>
    <message>
        <source>{variable} is not a Stripe secret key; expected one starting with sk_live_, sk_test_, rk_live_ or rk_test_</source>
        <translation>{variable} n’est pas une clé secrète Stripe ; une clé commençant par sk_live_, sk_test_, rk_live_ ou rk_test_ est attendue</translation>
    </message>
    <message>
        <source>The stored secret key is not a Stripe secret key; expected one starting with sk_live_, sk_test_, rk_live_ or rk_test_</source>
        <translation>La clé secrète enregistrée n’est pas une clé secrète Stripe ; une clé commençant par sk_live_, sk_test_, rk_live_ ou rk_test_ est attendue</translation>
    </message>
    <message>
        <source>{variable} is not a Stripe publishable key; expected one starting with pk_live_ or pk_test_</source>
        <translation>{variable} n’est pas une clé publiable Stripe ; une clé commençant par pk_live_ ou pk_test_ est attendue</translation>
    </message>
    <message>
        <source>The stored publishable key is not a Stripe publishable key; expected one starting with pk_live_ or pk_test_</source>
        <translation>La clé publiable enregistrée n’est pas une clé publiable Stripe ; une clé commençant par pk_live_ ou pk_test_ est attendue</translation>
    </message>
    <message>
        <source>{variable} and the secret key disagree: one is a test key, the other a live key</source>
        <translation>{variable} et la clé secrète ne concordent pas : l’une est une clé de test, l’autre une clé live</translation>
    </message>
    <message>
        <source>The stored publishable key and the secret key disagree: one is a test key, the other a live key</source>
        <translation>La clé publiable enregistrée et la clé secrète ne concordent pas : l’une est une clé de test, l’autre une clé live</translation>
    </message>
    <message>
        <source>{variable} must be an address such as {example}</source>
        <translation>{variable} doit être une adresse comme {example}</translation>
    </message>
    <message>
        <source>The training server&apos;s address is not valid: {address}</source>
        <translation>L’adresse du serveur de formation n’est pas valide : {address}</translation>
    </message>
    <message>
        <source>{variable} must use https unless it points at this computer</source>
        <translation>{variable} doit utiliser https, sauf s’il désigne cet ordinateur</translation>
    </message>
    <message>
        <source>The training server&apos;s address must use https unless it points at this computer: {address}</source>
        <translation>L’adresse du serveur de formation doit utiliser https, sauf si elle désigne cet ordinateur : {address}</translation>
    </message>
    <message>
        <source>the manager PIN must be 4 to 8 digits</source>
        <translation>le PIN du responsable doit comporter de 4 à 8 chiffres</translation>
    </message>
    <message>
        <source>use 1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit</source>
        <translation>utilisez de 1 à 16 lettres, chiffres, &apos;-&apos; ou &apos;_&apos;, en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>use a three-letter currency code such as usd or eur</source>
        <translation>utilisez un code de devise de trois lettres comme usd ou eur</translation>
    </message>
    <message>
        <source>use a locale name such as de_DE, or none for the system&apos;s</source>
        <translation>utilisez un nom de format régional comme de_DE, ou aucun pour celui du système</translation>
    </message>
    <message>
        <source>unknown time zone {zone}; use an IANA name such as Europe/Berlin</source>
        <translation>fuseau horaire inconnu {zone} ; utilisez un nom IANA comme Europe/Paris</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>pos-app — unexpected error</source>
        <translation>pos-app — erreur inattendue</translation>
    </message>
    <message>
        <source>An unexpected error happened. The till keeps running; if something looks wrong, finish the current sale and restart the till.</source>
        <translation>Une erreur inattendue s’est produite. La caisse continue de fonctionner&#xa0;; si quelque chose semble anormal, terminez la vente en cours et redémarrez la caisse.</translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>Les détails figurent dans le journal&#xa0;: {path}</translation>
    </message>
    <message>
        <source>The details are in the till&apos;s log (pos-app --self-check shows its folder).</source>
        <translation>Les détails figurent dans le journal de la caisse (pos-app --self-check indique son dossier).</translation>
    </message>
    <message>
        <source>More errors since this one: {count}.</source>
        <translation>Autres erreurs depuis celle-ci&#xa0;: {count}.</translation>
    </message>
</context>
<context>
    <name>CustomerChargePanel</name>
    <message>
        <source>{name} was deleted on another till or in the Stripe Dashboard. Nothing was charged; they are no longer on the list.</source>
        <translation>{name} a été supprimé sur une autre caisse ou dans le Dashboard Stripe. Rien n’a été débité&#xa0;; ce client ne figure plus dans la liste.</translation>
    </message>
    <message>
        <source>Find a saved customer</source>
        <translation>Rechercher un client enregistré</translation>
    </message>
    <message>
        <source>Type part of a saved customer&apos;s name, e-mail or phone to charge their card on file</source>
        <translation>Saisissez une partie du nom, de l’e-mail ou du téléphone d’un client enregistré pour débiter sa carte enregistrée</translation>
    </message>
    <message>
        <source>Saved customer? Type a name, e-mail or phone</source>
        <translation>Client enregistré&#xa0;? Nom, e-mail ou téléphone</translation>
    </message>
    <message>
        <source>Selected customer</source>
        <translation>Client sélectionné</translation>
    </message>
    <message>
        <source>The saved customer this sale is charged to</source>
        <translation>Le client enregistré auquel cette vente est facturée</translation>
    </message>
    <message>
        <source>Repeat last order</source>
        <translation>Répéter la commande</translation>
    </message>
    <message>
        <source>Fill in the amount and description of this customer&apos;s last order</source>
        <translation>Reprendre le montant et la description de la dernière commande de ce client</translation>
    </message>
    <message>
        <source>Clear customer</source>
        <translation>Retirer le client</translation>
    </message>
    <message>
        <source>Charge a walk-in customer instead (the card is keyed in)</source>
        <translation>Encaisser plutôt un client de passage (carte saisie manuellement)</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Carte enregistrée</translation>
    </message>
    <message>
        <source>The saved card to charge; the customer&apos;s default comes first</source>
        <translation>La carte enregistrée à débiter&#xa0;; celle par défaut du client vient en premier</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Repeat</source>
        <comment>fill in the customer&apos;s last order</comment>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>Charge {amount} to {card}</source>
        <translation>Débiter {amount} sur {card}</translation>
    </message>
    <message>
        <source>Charge to {card}</source>
        <translation>Débiter sur {card}</translation>
    </message>
    <message>
        <source>Type the amount, then press Enter to charge the saved card.</source>
        <translation>Saisissez le montant, puis Enter pour débiter la carte enregistrée.</translation>
    </message>
    <message>
        <source>Type an amount, then press Enter to charge.</source>
        <translation>Saisissez un montant, puis appuyez sur Enter pour encaisser.</translation>
    </message>
    <message>
        <source>Could not load the customer&apos;s cards: {reason}</source>
        <translation>Impossible de charger les cartes du client&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No earlier order to repeat</source>
        <translation>Aucune commande précédente à répéter</translation>
    </message>
    <message>
        <source>No card on file — add one on the Customers page</source>
        <translation>Aucune carte enregistrée — ajoutez-en une dans la page Clients</translation>
    </message>
    <message>
        <source>exp. {expiry}</source>
        <translation>exp. {expiry}</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>EXPIRÉE</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>expire bientôt</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the customer&apos;s default card</comment>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Charging {card}…</source>
        <translation>Débit de {card}…</translation>
    </message>
    <message>
        <source>Checking payment status… Do not charge the card again.</source>
        <translation>Vérification du paiement… Ne débitez pas la carte une seconde fois.</translation>
    </message>
    <message>
        <source>Stripe has not confirmed this payment yet. Do not charge the card again: the order stays open and the till keeps checking. History shows the outcome.</source>
        <translation>Stripe n’a pas encore confirmé ce paiement. Ne débitez pas la carte une seconde fois&#xa0;: la commande reste ouverte et la caisse continue de vérifier. L’historique affichera le résultat.</translation>
    </message>
    <message>
        <source>{message} Order {order} is still open.</source>
        <translation>{message} La commande {order} reste ouverte.</translation>
    </message>
    <message>
        <source>Fill in {amount} — {description} (last order, {date})</source>
        <translation>Reprendre {amount} — {description} (dernière commande, {date})</translation>
    </message>
    <message>
        <source>Fill in {amount} (last order, {date})</source>
        <translation>Reprendre {amount} (dernière commande, {date})</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Their card is taken next and kept on file for their next orders.</source>
        <translation>Sa carte est saisie ensuite et enregistrée pour ses prochaines commandes.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Ada Lovelace</source>
        <translation>ex. Ada Lovelace</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultatif)</translation>
    </message>
    <message>
        <source>e.g. oat milk, table 4</source>
        <translation>ex. lait d’avoine, table 4</translation>
    </message>
    <message>
        <source>The customer&apos;s name, as the till lists it (name or e-mail needed)</source>
        <translation>Le nom du client, tel que la caisse l’affiche (nom ou e-mail requis)</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail: finds them again quickly (name or e-mail needed)</source>
        <translation>L’e-mail du client&#xa0;: pour le retrouver rapidement (nom ou e-mail requis)</translation>
    </message>
    <message>
        <source>The customer&apos;s phone number (optional)</source>
        <translation>Le numéro de téléphone du client (facultatif)</translation>
    </message>
    <message>
        <source>Anything worth remembering, kept at Stripe with the customer (optional)</source>
        <translation>Tout ce qui mérite d’être retenu, conservé chez Stripe avec le client (facultatif)</translation>
    </message>
    <message>
        <source>The customer agrees to keep their card on file</source>
        <translation>Le client accepte l’enregistrement de sa carte</translation>
    </message>
    <message>
        <source>{shop} may then charge it for their future orders. Who took the consent, when and at which register is kept with the customer at Stripe.</source>
        <translation>{shop} pourra alors la débiter pour ses prochaines commandes. Qui a recueilli le consentement, quand et à quelle caisse est conservé avec le client chez Stripe.</translation>
    </message>
    <message>
        <source>This shop may then charge it for their future orders. Who took the consent, when and at which register is kept with the customer at Stripe.</source>
        <translation>Ce magasin pourra alors la débiter pour ses prochaines commandes. Qui a recueilli le consentement, quand et à quelle caisse est conservé avec le client chez Stripe.</translation>
    </message>
    <message>
        <source>Card-on-file consent</source>
        <translation>Consentement du client</translation>
    </message>
    <message>
        <source>Tick only once the customer has said yes; who, when and which register are recorded</source>
        <translation>Ne cochez qu’après l’accord du client&#xa0;; qui, quand et quelle caisse sont enregistrés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save nothing (Esc)</source>
        <translation>Ne rien enregistrer (Esc)</translation>
    </message>
    <message>
        <source>Next: take the card</source>
        <translation>Suite&#xa0;: saisir la carte</translation>
    </message>
    <message>
        <source>Check the details, then key in the card to save (Enter)</source>
        <translation>Vérifiez les informations, puis saisissez la carte à enregistrer (Enter)</translation>
    </message>
</context>
<context>
    <name>CustomerDirectory</name>
    <message>
        <source>Loading customers…</source>
        <translation>Chargement des clients…</translation>
    </message>
    <message>
        <source>Loading customers from Stripe… {count} so far</source>
        <translation>Chargement des clients depuis Stripe… {count} pour l’instant</translation>
    </message>
    <message>
        <source>{count} customers (saved copy). Could not refresh from Stripe: {reason}</source>
        <translation>{count} clients (copie enregistrée). Actualisation depuis Stripe impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Could not load customers: {reason}</source>
        <translation>Impossible de charger les clients&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No saved customers yet.</source>
        <translation>Aucun client enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message numerus="yes">
        <source>{count} customers</source>
        <translation>
            <numerusform>{count} client</numerusform>
            <numerusform>{count} clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on this till&apos;s list: asking Stripe for “{query}”…</source>
        <translation>Absent de la liste de cette caisse&#xa0;: recherche de «&#xa0;{query}&#xa0;» chez Stripe…</translation>
    </message>
    <message>
        <source>Found at Stripe: {count}</source>
        <translation>Trouvés chez Stripe&#xa0;: {count}</translation>
    </message>
    <message>
        <source>No customer matches “{query}”, here or at Stripe.</source>
        <translation>Aucun client ne correspond à «&#xa0;{query}&#xa0;», ni ici ni chez Stripe.</translation>
    </message>
    <message>
        <source>Could not ask Stripe; showing this till&apos;s list only.</source>
        <translation>Impossible d’interroger Stripe&#xa0;; seule la liste de cette caisse est affichée.</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Le client</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Type the customer&apos;s name or e-mail.</source>
        <translation>Saisissez le nom ou l’e-mail du client.</translation>
    </message>
    <message>
        <source>The name is too long (256 characters at most).</source>
        <translation>Le nom est trop long (256 caractères au plus).</translation>
    </message>
    <message>
        <source>That e-mail address does not look right.</source>
        <translation>Cette adresse e-mail semble incorrecte.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - only, up to 20.</source>
        <translation>Uniquement des chiffres, des espaces et + ( ) -, 20 au plus.</translation>
    </message>
    <message>
        <source>The note is too long (350 characters at most).</source>
        <translation>La note est trop longue (350 caractères au plus).</translation>
    </message>
    <message>
        <source>Tick the box once the customer has agreed to keep the card on file.</source>
        <translation>Cochez la case une fois que le client a accepté l’enregistrement de sa carte.</translation>
    </message>
    <message>
        <source>This customer has been deleted.</source>
        <translation>Ce client a été supprimé.</translation>
    </message>
    <message>
        <source>This customer no longer exists at Stripe.</source>
        <translation>Ce client n’existe plus chez Stripe.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Card saved</source>
        <translation>Carte enreg.</translation>
    </message>
    <message>
        <source>Sort by name (click again to reverse)</source>
        <translation>Trier par nom (cliquez à nouveau pour inverser)</translation>
    </message>
    <message>
        <source>Sort by e-mail (click again to reverse)</source>
        <translation>Trier par e-mail (cliquez à nouveau pour inverser)</translation>
    </message>
    <message>
        <source>Sort by phone (click again to reverse)</source>
        <translation>Trier par téléphone (cliquez à nouveau pour inverser)</translation>
    </message>
    <message>
        <source>Sort by card (click again to reverse)</source>
        <translation>Trier par carte (cliquez à nouveau pour inverser)</translation>
    </message>
    <message>
        <source>Sort by expires (click again to reverse)</source>
        <translation>Trier par expiration (cliquez à nouveau pour inverser)</translation>
    </message>
    <message>
        <source>Sort by card saved (click again to reverse)</source>
        <translation>Trier par date d’enregistrement de la carte (cliquez à nouveau pour inverser)</translation>
    </message>
    <message>
        <source>This card has expired ({expiry}): ask for another card</source>
        <translation>Cette carte a expiré ({expiry})&#xa0;: demandez une autre carte</translation>
    </message>
    <message>
        <source>This card expires {expiry}, this month or next: ask for a new one soon</source>
        <translation>Cette carte expire en {expiry}, ce mois-ci ou le prochain&#xa0;: demandez-en bientôt une nouvelle</translation>
    </message>
    <message>
        <source>{card}: the default card, charged unless another is chosen</source>
        <translation>{card}&#xa0;: la carte par défaut, débitée sauf si une autre est choisie</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>Aucune carte</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>{expiry} soon</source>
        <translation>{expiry} bientôt</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>{name} was deleted on another till or in the Stripe Dashboard, and is no longer on the list.</source>
        <translation>{name} a été supprimé sur une autre caisse ou dans le Dashboard Stripe et ne figure plus dans la liste.</translation>
    </message>
    <message>
        <source>Card · saved on</source>
        <translation>Carte · depuis le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Type part of a name, e-mail or phone number (Ctrl+F; Enter picks the first)</source>
        <translation>Saisissez une partie d’un nom, d’un e-mail ou d’un numéro de téléphone (Ctrl+F&#xa0;; Enter choisit le premier)</translation>
    </message>
    <message>
        <source>Search by name, e-mail or phone</source>
        <translation>Rechercher par nom, e-mail ou téléphone</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Save a new customer with their card on file (Ctrl+N)</source>
        <translation>Enregistrer un nouveau client avec sa carte (Ctrl+N)</translation>
    </message>
    <message>
        <source>Saved customers; click a heading to sort, Enter charges the selected customer</source>
        <translation>Clients enregistrés&#xa0;; cliquez sur un en-tête pour trier, Enter encaisse le client sélectionné</translation>
    </message>
    <message>
        <source>Saved customers are not available on this till.</source>
        <translation>Les clients enregistrés ne sont pas disponibles sur cette caisse.</translation>
    </message>
    <message>
        <source>Saved cards</source>
        <translation>Cartes enregistrées</translation>
    </message>
    <message>
        <source>The customer&apos;s cards on file; the default is charged unless another is chosen</source>
        <translation>Les cartes enregistrées du client&#xa0;; celle par défaut est débitée sauf si une autre est choisie</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save another card for this customer</source>
        <translation>Enregistrer une autre carte pour ce client</translation>
    </message>
    <message>
        <source>Set default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Charge the selected card unless another is chosen</source>
        <translation>Débiter la carte sélectionnée sauf si une autre est choisie</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button: remove the selected card</comment>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected card (asks first)</source>
        <translation>Retirer la carte sélectionnée (avec confirmation)</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <source>Charge this customer</source>
        <translation>Encaisser ce client</translation>
    </message>
    <message>
        <source>Ring up a sale for this customer on a saved card, no card needed (Enter)</source>
        <translation>Enregistrer une vente pour ce client sur une carte enregistrée, sans carte physique (Enter)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete this customer and their cards for good (manager PIN)</source>
        <translation>Supprimer définitivement ce client et ses cartes (PIN du responsable)</translation>
    </message>
    <message>
        <source>No customer matches “{query}”.</source>
        <translation>Aucun client ne correspond à «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Chargement des clients…</translation>
    </message>
    <message>
        <source>Could not load customers. {reason}</source>
        <translation>Impossible de charger les clients. {reason}</translation>
    </message>
    <message>
        <source>No saved customers yet.
Press New customer to keep a regular&apos;s card on file.</source>
        <translation>Aucun client enregistré pour l’instant.
Cliquez sur Nouveau client pour enregistrer la carte d’un habitué.</translation>
    </message>
    <message>
        <source>{shown} of {count} customers</source>
        <translation>{shown} sur {count} clients</translation>
    </message>
    <message>
        <source>Loading cards…</source>
        <translation>Chargement des cartes…</translation>
    </message>
    <message>
        <source>Could not load the cards. {reason}</source>
        <translation>Impossible de charger les cartes. {reason}</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Aucun client sélectionné</translation>
    </message>
    <message>
        <source>Pick a customer on the left to see their saved cards.</source>
        <translation>Choisissez un client à gauche pour voir ses cartes enregistrées.</translation>
    </message>
    <message>
        <source>No card on file. Add one to charge this customer.</source>
        <translation>Aucune carte enregistrée. Ajoutez-en une pour encaisser ce client.</translation>
    </message>
    <message>
        <source>Charge {name}</source>
        <translation>Encaisser {name}</translation>
    </message>
    <message>
        <source>{expiry}
expired</source>
        <translation>{expiry}
expirée</translation>
    </message>
    <message>
        <source>{expiry}
soon</source>
        <translation>{expiry}
bientôt</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>the customer&apos;s default card</comment>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Saved on {date} by {cashier} at register {register}, with the customer&apos;s consent</source>
        <translation>Enregistrée le {date} par {cashier} à la caisse {register}, avec le consentement du client</translation>
    </message>
    <message>
        <source>Saved on {date} by {cashier}, with the customer&apos;s consent</source>
        <translation>Enregistrée le {date} par {cashier}, avec le consentement du client</translation>
    </message>
    <message>
        <source>Saved on {date} at register {register}, with the customer&apos;s consent</source>
        <translation>Enregistrée le {date} à la caisse {register}, avec le consentement du client</translation>
    </message>
    <message>
        <source>Saved on {date}, with the customer&apos;s consent</source>
        <translation>Enregistrée le {date}, avec le consentement du client</translation>
    </message>
    <message>
        <source>This card has expired: ask for another card</source>
        <translation>Cette carte a expiré&#xa0;: demandez une autre carte</translation>
    </message>
    <message>
        <source>This card expires this month or next</source>
        <translation>Cette carte expire ce mois-ci ou le prochain</translation>
    </message>
    <message>
        <source>Charged when no other card is chosen</source>
        <translation>Débitée si aucune autre carte n’est choisie</translation>
    </message>
    <message>
        <source>Saved {name} with {card}.</source>
        <translation>{name} enregistré avec {card}.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <source>Making it the default…</source>
        <translation>Définition par défaut…</translation>
    </message>
    <message>
        <source>this card</source>
        <translation>cette carte</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Retirer la carte</translation>
    </message>
    <message>
        <source>Remove {card} from {name}&apos;s saved cards?</source>
        <translation>Retirer {card} des cartes enregistrées de {name}&#xa0;?</translation>
    </message>
    <message>
        <source>It can be saved again later only with the card in hand.</source>
        <translation>Elle ne pourra être enregistrée à nouveau qu’avec la carte en main.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation>Retrait de la carte…</translation>
    </message>
    <message>
        <source>{card} is now the default card.</source>
        <translation>{card} est désormais la carte par défaut.</translation>
    </message>
    <message>
        <source>{card} saved.</source>
        <translation>{card} enregistrée.</translation>
    </message>
    <message>
        <source>Card saved.</source>
        <translation>Carte enregistrée.</translation>
    </message>
    <message>
        <source>{card} removed.</source>
        <translation>{card} retirée.</translation>
    </message>
    <message>
        <source>Card removed.</source>
        <translation>Carte retirée.</translation>
    </message>
    <message>
        <source>{card} made the default.</source>
        <translation>{card} définie par défaut.</translation>
    </message>
    <message>
        <source>Card made the default.</source>
        <translation>Carte définie par défaut.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Delete {name} and their saved cards for good. Reason: {reason}</source>
        <translation>Supprimer définitivement {name} et ses cartes enregistrées. Motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Deleting the customer…</source>
        <translation>Suppression du client…</translation>
    </message>
    <message>
        <source>{name} was deleted, with their saved cards.</source>
        <translation>{name} a été supprimé, avec ses cartes enregistrées.</translation>
    </message>
    <message>
        <source>{name} was deleted.</source>
        <translation>{name} a été supprimé.</translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursé</translation>
    </message>
    <message>
        <source>partly refunded</source>
        <translation>partiellement remboursé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>refund of an earlier sale</source>
        <translation>remboursement d’une vente antérieure</translation>
    </message>
</context>
<context>
    <name>DayTotals</name>
    <message>
        <source>(none)</source>
        <comment>no cashier, register or card</comment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>No charges on this day.</source>
        <translation>Aucun paiement ce jour-là.</translation>
    </message>
    <message>
        <source>Stripe fees</source>
        <translation>Frais Stripe</translation>
    </message>
    <message>
        <source>Refunds of earlier sales</source>
        <translation>Remboursements de ventes antérieures</translation>
    </message>
    <message>
        <source>By card</source>
        <translation>Par carte</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>Par caissier</translation>
    </message>
    <message>
        <source>By register</source>
        <translation>Par caisse</translation>
    </message>
    <message>
        <source>This till&apos;s journal</source>
        <translation>Journal de cette caisse</translation>
    </message>
    <message>
        <source>not compared: {reason}</source>
        <translation>non comparé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>nothing from this register on this day, in the journal or at Stripe</source>
        <translation>rien de cette caisse ce jour-là, ni dans le journal ni chez Stripe</translation>
    </message>
    <message>
        <source>agrees with Stripe on this register&apos;s charges and refunds: {count}</source>
        <translation>concorde avec Stripe, paiements et remboursements de cette caisse&#xa0;: {count}</translation>
    </message>
    <message>
        <source>agrees with Stripe on this register&apos;s charges: {count}</source>
        <translation>concorde avec Stripe, paiements de cette caisse&#xa0;: {count}</translation>
    </message>
    <message>
        <source>journaled, not at Stripe: {items}</source>
        <translation>au journal, absents chez Stripe&#xa0;: {items}</translation>
    </message>
    <message>
        <source>at Stripe, not journaled: {items}</source>
        <translation>chez Stripe, absents du journal&#xa0;: {items}</translation>
    </message>
    <message>
        <source>different at Stripe: {items}</source>
        <translation>différents chez Stripe&#xa0;: {items}</translation>
    </message>
    <message>
        <source>and {count} more, {refunds} of them refunds</source>
        <translation>et {count} de plus, dont {refunds} remboursements</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} de plus</translation>
    </message>
    <message>
        <source>still being checked: {count}</source>
        <translation>encore en vérification&#xa0;: {count}</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(échoué)</translation>
    </message>
    <message>
        <source>(declined)</source>
        <translation>(refusé)</translation>
    </message>
    <message>
        <source>refund {words}</source>
        <translation>remboursement {words}</translation>
    </message>
    <message>
        <source>not read: Stripe did not list them</source>
        <translation>non lus&#xa0;: Stripe ne les a pas listés</translation>
    </message>
    <message>
        <source>{currency}: {count} · {amount}</source>
        <translation>{currency}&#xa0;: {count} · {amount}</translation>
    </message>
    <message>
        <source>after fees and refunds {amount}</source>
        <translation>après frais et remboursements {amount}</translation>
    </message>
    <message>
        <source>not shown: the API key may not read balance transactions</source>
        <translation>non affichés&#xa0;: la clé API ne peut pas lire les opérations de solde</translation>
    </message>
    <message>
        <source>charges without Stripe&apos;s figures yet: {count}</source>
        <translation>paiements encore sans les chiffres de Stripe&#xa0;: {count}</translation>
    </message>
</context>
<context>
    <name>DeleteCustomerDialog</name>
    <message>
        <source>Delete customer</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Supprimer {name}&#xa0;?</translation>
    </message>
    <message>
        <source>{name} and all their saved cards are deleted at Stripe for good; this cannot be undone. Their past payments stay in the history. A manager approves it with the PIN.</source>
        <translation>{name} et toutes ses cartes enregistrées sont supprimés définitivement chez Stripe&#xa0;; c’est irréversible. Ses paiements passés restent dans l’historique. Un responsable valide avec le PIN.</translation>
    </message>
    <message>
        <source>{name} and their details are deleted at Stripe for good; this cannot be undone. Their past payments stay in the history. A manager approves it with the PIN.</source>
        <translation>{name} et ses informations sont supprimés définitivement chez Stripe&#xa0;; c’est irréversible. Ses paiements passés restent dans l’historique. Un responsable valide avec le PIN.</translation>
    </message>
    <message>
        <source>Why is the customer deleted?</source>
        <translation>Pourquoi supprimer ce client&#xa0;?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why the customer is deleted; kept in the audit trail (Enter continues)</source>
        <translation>Pourquoi le client est supprimé&#xa0;; conservé dans la piste d’audit (Enter pour continuer)</translation>
    </message>
    <message>
        <source>e.g. the customer asked to be removed</source>
        <translation>ex. le client a demandé sa suppression</translation>
    </message>
    <message>
        <source>Keep the customer</source>
        <translation>Garder le client</translation>
    </message>
    <message>
        <source>Delete nothing (Esc)</source>
        <translation>Ne rien supprimer (Esc)</translation>
    </message>
    <message>
        <source>Delete — manager PIN</source>
        <translation>Supprimer — PIN responsable</translation>
    </message>
    <message>
        <source>Delete, with the manager&apos;s PIN</source>
        <translation>Supprimer, avec le PIN du responsable</translation>
    </message>
    <message>
        <source>Ask the manager for the PIN to delete this customer (Enter)</source>
        <translation>Demander au responsable le PIN pour supprimer ce client (Enter)</translation>
    </message>
    <message>
        <source>Say in a few words why the customer is deleted.</source>
        <translation>Indiquez en quelques mots pourquoi le client est supprimé.</translation>
    </message>
</context>
<context>
    <name>EmailReceiptRow</name>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation>E-mail du client</translation>
    </message>
    <message>
        <source>Stripe e-mails the receipt to this address (Enter sends)</source>
        <translation>Stripe envoie le ticket à cette adresse (Enter pour envoyer)</translation>
    </message>
    <message>
        <source>E-mail receipt</source>
        <translation>Ticket par e-mail</translation>
    </message>
    <message>
        <source>Ask Stripe to e-mail the receipt to the customer</source>
        <translation>Demander à Stripe d’envoyer le ticket au client par e-mail</translation>
    </message>
    <message>
        <source>{problem} Nothing was sent.</source>
        <translation>{problem} Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Asking Stripe to e-mail the receipt to {address}…</source>
        <translation>Demande à Stripe d’envoyer le ticket à {address}…</translation>
    </message>
    <message>
        <source>Stripe e-mails the receipt to {address}.</source>
        <translation>Stripe envoie le ticket par e-mail à {address}.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>The load was stopped.</source>
        <translation>Le chargement a été interrompu.</translation>
    </message>
    <message>
        <source>The customer could not be read (deleted, or Stripe did not answer).</source>
        <translation>Impossible de lire le client (supprimé, ou Stripe n’a pas répondu).</translation>
    </message>
    <message>
        <source>Receipts are not available on this till.</source>
        <translation>Les tickets ne sont pas disponibles sur cette caisse.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{amount} refunded</source>
        <translation>{amount} remboursé</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Manager approval needed</source>
        <translation>Accès responsable requis</translation>
    </message>
    <message>
        <source>Enter manager PIN</source>
        <translation>Saisir PIN responsable</translation>
    </message>
    <message>
        <source>Show the day&apos;s charges and totals after the manager&apos;s PIN</source>
        <translation>Afficher les paiements et totaux du jour après saisie du PIN du responsable</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>The day to list, in the shop&apos;s time zone (Alt+Down opens the calendar)</source>
        <translation>Le jour à afficher, dans le fuseau horaire du magasin (Alt+Down ouvre le calendrier)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the day from Stripe again (F5)</source>
        <translation>Relire la journée depuis Stripe (F5)</translation>
    </message>
    <message>
        <source>Loading the day</source>
        <translation>Chargement du jour</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter CSV</translation>
    </message>
    <message>
        <source>Save the day&apos;s charges as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation>Enregistrer les paiements du jour dans un fichier CSV pour tableur (Ctrl+E)</translation>
    </message>
    <message>
        <source>CSV…</source>
        <comment>the Export CSV button, in a short toolbar</comment>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <source>Give money back on the selected charge (manager PIN)</source>
        <translation>Rembourser tout ou partie du paiement sélectionné (PIN du responsable)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Show one status</source>
        <translation>Afficher un seul statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous statuts</translation>
    </message>
    <message>
        <source>Cashier filter</source>
        <translation>Filtre de caissier</translation>
    </message>
    <message>
        <source>Show one cashier</source>
        <translation>Afficher un seul caissier</translation>
    </message>
    <message>
        <source>Register filter</source>
        <translation>Filtre de caisse</translation>
    </message>
    <message>
        <source>Show one register</source>
        <translation>Afficher une seule caisse</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find charges by order, card, customer, description or charge id (Ctrl+F)</source>
        <translation>Rechercher des paiements par commande, carte, client, description ou ID de paiement (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search order, card, customer, description…</source>
        <translation>Commande, carte, client, description…</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>caption of the history&apos;s filters</comment>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Day totals</source>
        <translation>Totaux du jour</translation>
    </message>
    <message>
        <source>Charges of the day</source>
        <translation>Paiements du jour</translation>
    </message>
    <message>
        <source>Every register&apos;s charges of the day; double-click (or Enter) for details</source>
        <translation>Les paiements du jour de toutes les caisses&#xa0;; double-clic (ou Enter) pour les détails</translation>
    </message>
    <message>
        <source>The day&apos;s history is not available on this till.</source>
        <translation>L’historique du jour n’est pas disponible sur cette caisse.</translation>
    </message>
    <message>
        <source>Manager approval is not set up on this till, so the history stays closed.</source>
        <translation>La validation par un responsable n’est pas configurée sur cette caisse&#xa0;; l’historique reste donc fermé.</translation>
    </message>
    <message>
        <source>The day&apos;s charges, totals and refunds are for the manager. Enter the manager&apos;s PIN to open them.</source>
        <translation>Les paiements, totaux et remboursements du jour sont réservés au responsable. Saisissez le PIN du responsable pour les ouvrir.</translation>
    </message>
    <message>
        <source>Open the day&apos;s charges, totals and refunds.</source>
        <translation>Ouvrir les paiements, totaux et remboursements du jour.</translation>
    </message>
    <message>
        <source>Reading {day} from Stripe…</source>
        <translation>Lecture du {day} depuis Stripe…</translation>
    </message>
    <message>
        <source>Reading from Stripe… {count} charges so far</source>
        <translation>Lecture depuis Stripe… {count} paiements pour l’instant</translation>
    </message>
    <message>
        <source>1 charge</source>
        <translation>1 paiement</translation>
    </message>
    <message numerus="yes">
        <source>{count} charges</source>
        <translation>
            <numerusform>{count} paiement</numerusform>
            <numerusform>{count} paiements</numerusform>
        </translation>
    </message>
    <message>
        <source>a {hours}-hour day (the clocks changed)</source>
        <translation>une journée de {hours} heures (changement d’heure)</translation>
    </message>
    <message>
        <source>Could not read the day from Stripe. {reason}</source>
        <translation>Impossible de lire la journée depuis Stripe. {reason}</translation>
    </message>
    <message>
        <source>Could not load the day&apos;s charges. {reason} Press Refresh to try again.</source>
        <translation>Impossible de charger les paiements du jour. {reason} Cliquez sur Actualiser pour réessayer.</translation>
    </message>
    <message>
        <source>No charge of this day matches the filters.</source>
        <translation>Aucun paiement de ce jour ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>No charges on this day.</source>
        <translation>Aucun paiement ce jour-là.</translation>
    </message>
    <message>
        <source>No charges yet.</source>
        <translation>Aucun paiement pour l’instant.</translation>
    </message>
    <message>
        <source>Any cashier</source>
        <translation>Tous caissiers</translation>
    </message>
    <message>
        <source>Any register</source>
        <translation>Toutes caisses</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no cashier or register</comment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Refunded {amount} on order {order}.</source>
        <translation>{amount} remboursé sur la commande {order}.</translation>
    </message>
    <message>
        <source>Export the day as CSV</source>
        <translation>Exporter la journée en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved {count} charges to {path}</source>
        <translation>
            <numerusform>{count} paiement enregistré dans {path}</numerusform>
            <numerusform>{count} paiements enregistrés dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the CSV file: {reason}</source>
        <translation>Impossible d’enregistrer le fichier CSV&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <source>Sales by hour</source>
        <translation>Ventes par heure</translation>
    </message>
    <message>
        <source>The day&apos;s takings (succeeded charges) hour by hour</source>
        <translation>La recette du jour (paiements aboutis) heure par heure</translation>
    </message>
    <message>
        <source>No sales yet on this day.</source>
        <translation>Aucune vente pour l&apos;instant ce jour-là.</translation>
    </message>
    <message>
        <source>{total} in {currency} over the day; busiest hour {hour} with {busiest}.</source>
        <translation>{total} en {currency} sur la journée&#xa0;; heure la plus chargée&#xa0;: {hour} avec {busiest}.</translation>
    </message>
    <message>
        <source>Sales by hour ({currency})</source>
        <translation>Ventes par heure ({currency})</translation>
    </message>
    <message>
        <source>No sales on this day yet</source>
        <translation>Aucune vente ce jour-là pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Effacer le dernier chiffre (Backspace)</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>keypad: clear the amount</comment>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear amount</source>
        <translation>Effacer le montant</translation>
    </message>
    <message>
        <source>Clear the amount (Esc or Delete)</source>
        <translation>Effacer le montant (Esc ou Delete)</translation>
    </message>
    <message>
        <source>Keypad double zero</source>
        <translation>Touche double zéro</translation>
    </message>
    <message>
        <source>Add two zeros (type 0 twice)</source>
        <translation>Ajouter deux zéros (tapez 0 deux fois)</translation>
    </message>
    <message>
        <source>Keypad {digit}</source>
        <translation>Touche {digit}</translation>
    </message>
    <message>
        <source>Add the digit {digit} (key {digit})</source>
        <translation>Ajouter le chiffre {digit} (touche {digit})</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>The till cannot start</source>
        <translation>La caisse ne peut pas démarrer</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Aucun trousseau disponible</translation>
    </message>
    <message>
        <source>Training mode needs no keys: it runs on a sandbox on this computer, with no real money. Keys can be added later in Settings.</source>
        <translation>Le mode formation n’a besoin d’aucune clé : il fonctionne sur un bac à sable sur cet ordinateur, sans argent réel. Les clés pourront être ajoutées plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Start in training mode</source>
        <translation>Démarrer en mode formation</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Starting the training sandbox…</source>
        <translation>Démarrage du bac à sable de formation…</translation>
    </message>
    <message>
        <source>The training sandbox did not start</source>
        <translation>Le bac à sable de formation n’a pas démarré</translation>
    </message>
    <message>
        <source>Damaged files moved aside</source>
        <translation>Fichiers endommagés mis de côté</translation>
    </message>
    <message>
        <source>Resume payments (manager)</source>
        <translation>Reprendre les paiements (responsable)</translation>
    </message>
    <message>
        <source>Keep payments paused</source>
        <translation>Laisser les paiements en pause</translation>
    </message>
    <message>
        <source>Resume payments after the journal was replaced. Check this register&apos;s recent payments in the Stripe Dashboard first.</source>
        <translation>Reprendre les paiements après le remplacement du journal. Vérifiez d’abord les paiements récents de cette caisse dans le Dashboard Stripe.</translation>
    </message>
    <message>
        <source>Payments stay paused</source>
        <translation>Les paiements restent en pause</translation>
    </message>
    <message>
        <source>Payments resumed.</source>
        <translation>Paiements repris.</translation>
    </message>
    <message>
        <source>Some of the till&apos;s files could not be read. Nothing was deleted:</source>
        <translation>Certains fichiers de la caisse n’ont pas pu être lus. Rien n’a été supprimé :</translation>
    </message>
    <message>
        <source>The till started with the default settings: check the shop&apos;s details, register and currency in Setup, or copy them back from the moved file.</source>
        <translation>La caisse a démarré avec les paramètres par défaut : vérifiez les informations du magasin, la caisse et la devise dans la Configuration, ou recopiez-les depuis le fichier mis de côté.</translation>
    </message>
    <message>
        <source>All {count} attempts in it were carried over into a new journal; the {open} still unfinished are checked with Stripe.</source>
        <translation>Les {count} opérations qu’il contenait ont été reprises dans un nouveau journal ; les {open} encore inachevées sont vérifiées auprès de Stripe.</translation>
    </message>
    <message>
        <source>Only {count} attempts in it could be read, so payments whose outcome was still unknown may be missing from the new journal.</source>
        <translation>Seules {count} opérations ont pu y être lues : des paiements dont l’issue était encore inconnue peuvent manquer dans le nouveau journal.</translation>
    </message>
    <message>
        <source>Nothing in it could be read, so payments whose outcome was still unknown may be missing from the new journal.</source>
        <translation>Rien n’a pu y être lu : des paiements dont l’issue était encore inconnue peuvent manquer dans le nouveau journal.</translation>
    </message>
    <message>
        <source>The journal was replaced on {when} UTC; the damaged one is at {place}.</source>
        <translation>Le journal a été remplacé le {when} UTC ; l’ancien, endommagé, se trouve dans {place}.</translation>
    </message>
    <message>
        <source>Payments are paused. Before resuming, a manager checks this register&apos;s payments of the last days in the Stripe Dashboard (each shows its order number) so that no customer is charged twice, then chooses Resume payments.</source>
        <translation>Les paiements sont en pause. Avant de reprendre, un responsable vérifie les paiements des derniers jours de cette caisse dans le Dashboard Stripe (chacun indique son numéro de commande) afin qu’aucun client ne soit débité deux fois, puis choisit Reprendre les paiements.</translation>
    </message>
    <message>
        <source>Keep the moved files: support can recover what they still hold.</source>
        <translation>Conservez les fichiers mis de côté : le support peut récupérer ce qu’ils contiennent encore.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{business} — Till</source>
        <translation>{business} — Caisse</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Till mode</source>
        <translation>Mode de la caisse</translation>
    </message>
    <message>
        <source>Stripe test mode: test cards only, no real money moves</source>
        <translation>Mode test de Stripe&#xa0;: cartes de test uniquement, aucun argent réel ne circule</translation>
    </message>
    <message>
        <source>Live mode: real cards are charged</source>
        <translation>Mode réel&#xa0;: de vraies cartes sont débitées</translation>
    </message>
    <message>
        <source>Training sandbox: nothing leaves this computer</source>
        <translation>Bac à sable de formation&#xa0;: rien ne quitte cet ordinateur</translation>
    </message>
    <message>
        <source>Till pages</source>
        <translation>Pages de la caisse</translation>
    </message>
    <message>
        <source>Charge</source>
        <comment>page tab: ring up a sale</comment>
        <translation>Encaisser</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Ring up a card payment (Ctrl+1)</source>
        <translation>Encaisser un paiement par carte (Ctrl+1)</translation>
    </message>
    <message>
        <source>Customers (Ctrl+2)</source>
        <translation>Clients (Ctrl+2)</translation>
    </message>
    <message>
        <source>Today&apos;s history (Ctrl+3)</source>
        <translation>Historique du jour (Ctrl+3)</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
    <message>
        <source>&amp;Till</source>
        <translation>&amp;Caisse</translation>
    </message>
    <message>
        <source>Till menu</source>
        <translation>Menu de la caisse</translation>
    </message>
    <message>
        <source>Settings, full screen and quit (Alt+T)</source>
        <translation>Paramètres, plein écran et quitter (Alt+C)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Business details, register, Stripe keys (manager PIN)</source>
        <translation>Coordonnées du commerce, caisse, clés Stripe (PIN responsable)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <source>Fill the whole display, without title bar or task bar (F11)</source>
        <translation>Occuper tout l’écran, sans barre de titre ni barre des tâches (F11)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the till (Ctrl+Q); waits for a payment in flight</source>
        <translation>Fermer la caisse (Ctrl+Q)&#xa0;; attend la fin d&apos;un paiement en cours</translation>
    </message>
    <message>
        <source>Ready. TEST mode.</source>
        <translation>Prêt. Mode TEST.</translation>
    </message>
    <message>
        <source>Ready. LIVE mode.</source>
        <translation>Prêt. Mode RÉEL.</translation>
    </message>
    <message>
        <source>Ready. SANDBOX mode.</source>
        <translation>Prêt. Mode SANDBOX.</translation>
    </message>
    <message>
        <source>Could not check unfinished payments with Stripe; they stay blocked and are checked again in a minute.</source>
        <translation>Impossible de vérifier les paiements inachevés auprès de Stripe&#xa0;; ils restent bloqués et seront revérifiés dans une minute.</translation>
    </message>
    <message>
        <source>Finish the payment first, then open the settings.</source>
        <translation>Terminez d&apos;abord le paiement, puis ouvrez les paramètres.</translation>
    </message>
    <message>
        <source>Open the settings: business details, this register&apos;s name, the Stripe keys and training mode.</source>
        <translation>Ouvrir les paramètres&#xa0;: coordonnées du commerce, nom de cette caisse, clés Stripe et mode formation.</translation>
    </message>
    <message>
        <source>Settings saved. They apply the next time the till starts.</source>
        <translation>Paramètres enregistrés. Ils s&apos;appliqueront au prochain démarrage de la caisse.</translation>
    </message>
    <message>
        <source>A payment is in progress. The till closes once its outcome is known.</source>
        <translation>Un paiement est en cours. La caisse se fermera dès que son résultat sera connu.</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>That PIN is not right. {count} more tries before it locks.</source>
        <translation>Ce code PIN est incorrect. Encore {count} essais avant le blocage.</translation>
    </message>
    <message>
        <source>That PIN is not right. One more try before it locks for five minutes.</source>
        <translation>Ce code PIN est incorrect. Encore un essai avant un blocage de cinq minutes.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ce code PIN est incorrect.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Manager approval is locked until {time}.</source>
        <translation>Trop de codes PIN erronés. L&apos;approbation responsable est bloquée jusqu&apos;à {time}.</translation>
    </message>
    <message>
        <source>No manager PIN is set up; set one in the till&apos;s setup.</source>
        <translation>Aucun PIN responsable n&apos;est défini&#xa0;; définissez-en un dans la configuration de la caisse.</translation>
    </message>
</context>
<context>
    <name>ModeBadge</name>
    <message>
        <source>TEST MODE</source>
        <translation>MODE TEST</translation>
    </message>
    <message>
        <source>LIVE MODE</source>
        <translation>MODE RÉEL</translation>
    </message>
    <message>
        <source>SANDBOX MODE</source>
        <translation>MODE SANDBOX</translation>
    </message>
    <message>
        <source>TEST</source>
        <comment>the mode in the badge of a narrow window</comment>
        <translation>TEST</translation>
    </message>
    <message>
        <source>LIVE</source>
        <comment>the mode in the badge of a narrow window</comment>
        <translation>RÉEL</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <comment>the mode in the badge of a narrow window</comment>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>Register {register}</source>
        <translation>Caisse {register}</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>Choose a three-letter currency code such as USD</source>
        <translation>Choisissez un code devise à trois lettres, par ex. USD</translation>
    </message>
    <message>
        <source>That amount is not in {currency}</source>
        <translation>Ce montant n&apos;est pas en {currency}</translation>
    </message>
    <message>
        <source>Type an amount such as {example}</source>
        <translation>Saisissez un montant, par ex. {example}</translation>
    </message>
    <message>
        <source>Enter an amount</source>
        <translation>Saisissez un montant</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>Le montant ne peut pas être négatif</translation>
    </message>
    <message>
        <source>{currency} amounts have no decimal places</source>
        <translation>Les montants en {currency} n&apos;ont pas de décimales</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {count} decimals</source>
        <translation>Les montants en {currency} ont au plus {count} décimales</translation>
    </message>
    <message>
        <source>That amount is too large</source>
        <translation>Ce montant est trop élevé</translation>
    </message>
    <message>
        <source>Use the digit keys only</source>
        <translation>Utilisez uniquement les touches chiffres</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero</source>
        <translation>Saisissez un montant supérieur à zéro</translation>
    </message>
    <message>
        <source>Card charges in {currency} must be a multiple of {step}</source>
        <translation>Les paiements par carte en {currency} doivent être un multiple de {step}</translation>
    </message>
    <message>
        <source>The minimum card charge is {amount}</source>
        <translation>Le paiement par carte minimum est de {amount}</translation>
    </message>
    <message>
        <source>The maximum card charge is {amount}</source>
        <translation>Le paiement par carte maximum est de {amount}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Approbation du responsable</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN responsable</translation>
    </message>
    <message>
        <source>4 to 8 digits, hidden (Enter)</source>
        <translation>4 à 8 chiffres, masqués (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Do not approve (Esc)</source>
        <translation>Ne pas approuver (Esc)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Check the PIN (Enter)</source>
        <translation>Vérifier le PIN (Enter)</translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation>Le PIN comporte 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>Printers</name>
    <message>
        <source>the USB receipt printer {ids}</source>
        <translation>l&apos;imprimante de tickets USB {ids}</translation>
    </message>
    <message>
        <source>the network receipt printer at {address}</source>
        <translation>l&apos;imprimante de tickets réseau à l&apos;adresse {address}</translation>
    </message>
    <message>
        <source>the receipt printer “{name}”</source>
        <translation>l&apos;imprimante de tickets « {name} »</translation>
    </message>
    <message>
        <source>the printer “{name}”</source>
        <translation>l&apos;imprimante « {name} »</translation>
    </message>
    <message>
        <source>the printer chosen in the print dialog</source>
        <translation>l&apos;imprimante choisie dans la boîte de dialogue d&apos;impression</translation>
    </message>
    <message>
        <source>Type the printer&apos;s address, e.g. 192.168.1.50.</source>
        <translation>Saisissez l&apos;adresse de l&apos;imprimante, par ex. 192.168.1.50.</translation>
    </message>
    <message>
        <source>That is not an address: use the printer&apos;s IP address or its name.</source>
        <translation>Ce n&apos;est pas une adresse&#xa0;: utilisez l&apos;adresse IP de l&apos;imprimante ou son nom.</translation>
    </message>
    <message>
        <source>Choose how receipts are printed.</source>
        <translation>Choisissez comment les tickets sont imprimés.</translation>
    </message>
    <message>
        <source>Choose the printer by its name.</source>
        <translation>Choisissez l&apos;imprimante par son nom.</translation>
    </message>
    <message>
        <source>That printer name cannot be used.</source>
        <translation>Ce nom d&apos;imprimante ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>Type the vendor and product id as four hex digits each, e.g. 04b8:0202.</source>
        <translation>Saisissez l&apos;identifiant fabricant et l&apos;identifiant produit, quatre chiffres hexadécimaux chacun, par ex. 04b8:0202.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 9100).</source>
        <translation>Le port est un nombre de 1 à 65535 (généralement 9100).</translation>
    </message>
    <message>
        <source>Printing on a thermal printer needs python-escpos, which is not installed. Install the till with its escpos extra (pip install &apos;pos-app[escpos]&apos;).</source>
        <translation>L&apos;impression sur une imprimante thermique nécessite python-escpos, qui n&apos;est pas installé. Installez la caisse avec son option escpos (pip install &apos;pos-app[escpos]&apos;).</translation>
    </message>
    <message>
        <source>A Windows receipt printer needs pywin32, which this computer does not have. Install the till with its escpos extra (pip install &apos;pos-app[escpos]&apos;).</source>
        <translation>Une imprimante de tickets Windows nécessite pywin32, absent de cet ordinateur. Installez la caisse avec son option escpos (pip install &apos;pos-app[escpos]&apos;).</translation>
    </message>
    <message>
        <source>{printer} is not a thermal printer.</source>
        <translation>{printer} n&apos;est pas une imprimante thermique.</translation>
    </message>
    <message>
        <source>{printer} cannot be used: {reason}</source>
        <translation>{printer} ne peut pas être utilisée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>USB printing needs the libusb library, which this computer does not have. Install it, or use the printer through the system&apos;s printers.</source>
        <translation>L&apos;impression USB nécessite la bibliothèque libusb, absente de cet ordinateur. Installez-la, ou utilisez l&apos;imprimante via les imprimantes du système.</translation>
    </message>
    <message>
        <source>{printer} is not answering. Check that it is switched on and on the network, and that its address is right.</source>
        <translation>{printer} ne répond pas. Vérifiez qu&apos;elle est allumée et connectée au réseau, et que son adresse est correcte.</translation>
    </message>
    <message>
        <source>{printer} is not among this computer&apos;s printers. Check its name in Settings.</source>
        <translation>{printer} ne figure pas parmi les imprimantes de cet ordinateur. Vérifiez son nom dans Paramètres.</translation>
    </message>
    <message>
        <source>{printer} was not found. Check that it is switched on and its cable plugged in.</source>
        <translation>{printer} est introuvable. Vérifiez qu&apos;elle est allumée et que son câble est branché.</translation>
    </message>
    <message>
        <source>{printer} stopped answering while printing ({error}). Check its power, cable and paper.</source>
        <translation>{printer} a cessé de répondre pendant l&apos;impression ({error}). Vérifiez son alimentation, son câble et le papier.</translation>
    </message>
    <message>
        <source>{printer} is out of paper (or its cover is open). Put in a new roll, close the cover, and print again.</source>
        <translation>{printer} n&apos;a plus de papier (ou son capot est ouvert). Mettez un nouveau rouleau, fermez le capot et imprimez à nouveau.</translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation>Imprimé sur {printer}.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Payment complete</source>
        <translation>Paiement effectué</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>Ticket de remboursement</translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation>Aperçu du ticket</translation>
    </message>
    <message>
        <source>The receipt as it prints on an 80 mm roll</source>
        <translation>Le ticket tel qu&apos;il s&apos;imprime sur un rouleau de 80 mm</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print the receipt: choose the printer (Ctrl+P)</source>
        <translation>Imprimer le ticket&#xa0;: choisir l&apos;imprimante (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the receipt on {printer} (Ctrl+P)</source>
        <translation>Imprimer le ticket sur {printer} (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer le ticket</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enreg. PDF</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Enregistrer le ticket en PDF</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF in the receipts folder (Ctrl+S)</source>
        <translation>Enregistrer le ticket en PDF dans le dossier des tickets (Ctrl+S)</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Close receipt</source>
        <translation>Fermer le ticket</translation>
    </message>
    <message>
        <source>Close the receipt and take the next order (Enter or Esc)</source>
        <translation>Fermer le ticket et prendre la commande suivante (Enter ou Esc)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <source>Print the receipt again once the printer is fixed (Ctrl+P)</source>
        <translation>Réimprimer le ticket une fois l&apos;imprimante réparée (Ctrl+P)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Order&#xa0;{order}</source>
        <translation>Commande&#xa0;{order}</translation>
    </message>
    <message>
        <source>Approved {amount} — {card} — order {order}</source>
        <translation>Accepté {amount} — {card} — commande {order}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Refund {order}</source>
        <translation>Remboursement {order}</translation>
    </message>
    <message>
        <source>Receipt {order}</source>
        <translation>Ticket {order}</translation>
    </message>
    <message>
        <source>Sent to the printer {printer}.</source>
        <translation>Envoyé à l&apos;imprimante {printer}.</translation>
    </message>
    <message>
        <source>Printing on {printer}…</source>
        <translation>Impression sur {printer}…</translation>
    </message>
    <message>
        <source>Not printed. {why} Save the receipt as a PDF instead ({reason}).</source>
        <translation>Non imprimé. {why} Enregistrez plutôt le ticket en PDF ({reason}).</translation>
    </message>
    <message>
        <source>Not printed: save the receipt as a PDF.</source>
        <translation>Non imprimé&#xa0;: enregistrez le ticket en PDF.</translation>
    </message>
    <message>
        <source>Not printed. {why} The receipt is saved as a PDF instead: {path}</source>
        <translation>Non imprimé. {why} Le ticket a été enregistré en PDF à la place&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Printed to {path}</source>
        <translation>Imprimé dans {path}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Printing… the receipt closes once it is printed.</source>
        <translation>Impression… le ticket se fermera une fois imprimé.</translation>
    </message>
</context>
<context>
    <name>ReceiptEmail</name>
    <message>
        <source>That e-mail address does not look right.</source>
        <translation>Cette adresse e-mail ne semble pas correcte.</translation>
    </message>
</context>
<context>
    <name>ReceiptFields</name>
    <message>
        <source>Print opens the print dialog each time, to choose the printer or a PDF.</source>
        <translation>Imprimer ouvre chaque fois la boîte de dialogue d&apos;impression, pour choisir l&apos;imprimante ou un PDF.</translation>
    </message>
    <message>
        <source>Print sends the receipt to this printer at once, on an 80 mm page as long as the receipt. Set the printer&apos;s paper to an 80 mm roll in the system&apos;s settings.</source>
        <translation>Imprimer envoie directement le ticket à cette imprimante, sur une page de 80 mm aussi longue que le ticket. Réglez le papier de l&apos;imprimante sur un rouleau de 80 mm dans les paramètres du système.</translation>
    </message>
    <message>
        <source>A thermal printer on USB, spoken to in ESC/POS. Its vendor and product ids are shown by lsusb (Linux) or Device Manager → Details → Hardware Ids (Windows).</source>
        <translation>Une imprimante thermique en USB, pilotée en ESC/POS. Ses identifiants fabricant et produit sont affichés par lsusb (Linux) ou Gestionnaire de périphériques → Détails → ID du matériel (Windows).</translation>
    </message>
    <message>
        <source>A thermal printer on the shop&apos;s network, spoken to in ESC/POS on its raw port (9100 unless its manual says otherwise). Give it a fixed address.</source>
        <translation>Une imprimante thermique sur le réseau du magasin, pilotée en ESC/POS sur son port brut (9100, sauf indication contraire de son manuel). Donnez-lui une adresse fixe.</translation>
    </message>
    <message>
        <source>A thermal printer installed in Windows (its driver or the Generic / Text Only one): the receipt is sent to it raw, in ESC/POS.</source>
        <translation>Une imprimante thermique installée dans Windows (avec son pilote ou le pilote Generic / Text Only)&#xa0;: le ticket lui est envoyé en brut, en ESC/POS.</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Numéro fiscal</translation>
    </message>
    <message>
        <source>The shop&apos;s VAT, GST or tax number, printed under the address (optional)</source>
        <translation>Le numéro de TVA, de GST ou fiscal du magasin, imprimé sous l&apos;adresse (facultatif)</translation>
    </message>
    <message>
        <source>e.g. VAT GB123456789 (optional)</source>
        <translation>par ex. TVA FR12345678901 (facultatif)</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Pied de ticket</translation>
    </message>
    <message>
        <source>Printed at the bottom of every receipt: the returns policy, a thank-you; Enter starts a new line, Tab moves on</source>
        <translation>Imprimé en bas de chaque ticket&#xa0;: la politique de retour, un remerciement&#xa0;; Enter commence une nouvelle ligne, Tab passe au champ suivant</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Imprimante de tickets</translation>
    </message>
    <message>
        <source>Where Print sends receipts (Alt+Down opens the list)</source>
        <translation>Où Imprimer envoie les tickets (Alt+Down ouvre la liste)</translation>
    </message>
    <message>
        <source>Ask each time (the print dialog)</source>
        <translation>Demander à chaque fois (boîte de dialogue d&apos;impression)</translation>
    </message>
    <message>
        <source>Thermal printer on USB</source>
        <translation>Imprimante thermique USB</translation>
    </message>
    <message>
        <source>Thermal printer on the network</source>
        <translation>Imprimante thermique réseau</translation>
    </message>
    <message>
        <source>Windows printer, raw ESC/POS</source>
        <translation>Imprimante Windows, ESC/POS brut</translation>
    </message>
    <message>
        <source>USB ids</source>
        <translation>ID USB</translation>
    </message>
    <message>
        <source>Vendor and product id, four hex digits each, e.g. 04b8:0202</source>
        <translation>Identifiants fabricant et produit, quatre chiffres hexadécimaux chacun, par ex. 04b8:0202</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Adresse de l&apos;imprimante</translation>
    </message>
    <message>
        <source>The network printer&apos;s IP address or name, e.g. 192.168.1.50</source>
        <translation>L&apos;adresse IP ou le nom de l&apos;imprimante réseau, par ex. 192.168.1.50</translation>
    </message>
    <message>
        <source>Printer port</source>
        <translation>Port de l&apos;imprimante</translation>
    </message>
    <message>
        <source>The printer&apos;s raw port; empty is {port}</source>
        <translation>Le port brut de l&apos;imprimante&#xa0;; vide = {port}</translation>
    </message>
    <message>
        <source>{port} (the usual)</source>
        <translation>{port} (l&apos;habituel)</translation>
    </message>
    <message>
        <source>Windows printer name</source>
        <translation>Nom de l&apos;imprimante Windows</translation>
    </message>
    <message>
        <source>The printer&apos;s name as Windows lists it in Printers &amp; scanners</source>
        <translation>Le nom de l&apos;imprimante tel que Windows l&apos;affiche dans Imprimantes &amp; scanners</translation>
    </message>
    <message>
        <source>e.g. EPSON TM-T20III Receipt</source>
        <translation>par ex. EPSON TM-T20III Receipt</translation>
    </message>
    <message>
        <source>Print every approved sale at once</source>
        <translation>Imprimer chaque vente acceptée aussitôt</translation>
    </message>
    <message>
        <source>Print automatically</source>
        <translation>Impression automatique</translation>
    </message>
    <message>
        <source>The receipt prints as soon as a charge is approved (reprints only when asked)</source>
        <translation>Le ticket s&apos;imprime dès qu&apos;un paiement est accepté (réimpression uniquement sur demande)</translation>
    </message>
    <message>
        <source>Cut the paper after each receipt</source>
        <translation>Couper le papier après chaque ticket</translation>
    </message>
    <message>
        <source>Cut the paper</source>
        <translation>Couper le papier</translation>
    </message>
    <message>
        <source>Thermal printers with a cutter: cut right after the last line</source>
        <translation>Imprimantes thermiques avec massicot&#xa0;: couper juste après la dernière ligne</translation>
    </message>
    <message>
        <source>Open the cash drawer with each sale&apos;s receipt</source>
        <translation>Ouvrir le tiroir-caisse avec le ticket de chaque vente</translation>
    </message>
    <message>
        <source>Open the cash drawer</source>
        <translation>Ouvrir le tiroir-caisse</translation>
    </message>
    <message>
        <source>A drawer cabled to the thermal printer opens when a sale&apos;s receipt prints</source>
        <translation>Un tiroir relié à l&apos;imprimante thermique s&apos;ouvre à l&apos;impression du ticket d&apos;une vente</translation>
    </message>
    <message>
        <source>What the receipt says</source>
        <translation>Contenu du ticket</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pied de ticket</translation>
    </message>
    <message>
        <source>The business name and address are on the first tab. The receipt also shows the card, how it was taken (keyed, swiped, card on file) and Stripe&apos;s receipt number or a short reference.</source>
        <translation>Le nom et l&apos;adresse du commerce sont dans le premier onglet. Le ticket indique aussi la carte, son mode de lecture (saisie manuelle, piste, carte enregistrée) et le numéro de reçu Stripe ou une courte référence.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
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
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinting</name>
    <message>
        <source>Receipt roll 80 mm</source>
        <translation>Rouleau de tickets 80 mm</translation>
    </message>
    <message>
        <source>The printer “{printer}” would not start the receipt.</source>
        <translation>L&apos;imprimante « {printer} » n&apos;a pas pu commencer le ticket.</translation>
    </message>
    <message>
        <source>The printer “{printer}” reported an error printing the receipt.</source>
        <translation>L&apos;imprimante « {printer} » a signalé une erreur pendant l&apos;impression du ticket.</translation>
    </message>
    <message>
        <source>The printer “{printer}” is not among this computer&apos;s printers. Check that it is installed and switched on, or choose another one in Settings.</source>
        <translation>L&apos;imprimante « {printer} » ne figure pas parmi les imprimantes de cet ordinateur. Vérifiez qu&apos;elle est installée et allumée, ou choisissez-en une autre dans Paramètres.</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>{mode} — NOT A REAL PAYMENT</source>
        <translation>{mode} — PAS UN VRAI PAIEMENT</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Original order</source>
        <translation>Commande d&apos;origine</translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation>Vendu le</translation>
    </message>
    <message>
        <source>Sale total</source>
        <translation>Total de la vente</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>N° de reçu</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Tax ID {tax_id}</source>
        <translation>N° fiscal {tax_id}</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>REMBOURSEMENT</translation>
    </message>
    <message>
        <source>REFUNDED</source>
        <translation>REMBOURSÉ</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>REFUND PENDING</source>
        <translation>REMBOURSEMENT EN ATTENTE</translation>
    </message>
    <message>
        <source>REFUND FAILED</source>
        <translation>REMBOURSEMENT ÉCHOUÉ</translation>
    </message>
    <message>
        <source>REFUND CANCELED</source>
        <translation>REMBOURSEMENT ANNULÉ</translation>
    </message>
    <message>
        <source>APPROVED</source>
        <translation>ACCEPTÉ</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHOUÉ</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>EN ATTENTE</translation>
    </message>
    <message>
        <source>PARTLY REFUNDED</source>
        <translation>REMBOURSÉ EN PARTIE</translation>
    </message>
    <message>
        <source>Thank you for your purchase!</source>
        <translation>Merci de votre achat !</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Requested by the customer</source>
        <translation>Demandé par le client</translation>
    </message>
    <message>
        <source>Charged twice (duplicate)</source>
        <translation>Débité deux fois (doublon)</translation>
    </message>
    <message>
        <source>Fraudulent payment</source>
        <translation>Paiement frauduleux</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>Order {order} · {card}</source>
        <translation>Commande {order} · {card}</translation>
    </message>
    <message>
        <source>Charged {amount} at {time} on {date}</source>
        <translation>Payé {amount} le {date} à {time}</translation>
    </message>
    <message>
        <source>Already refunded: {amount}</source>
        <translation>Déjà remboursé&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Stripe keeps its fee of {fee} on a refund.</source>
        <translation>Stripe conserve ses frais de {fee} lors d’un remboursement.</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Montant à rembourser</translation>
    </message>
    <message>
        <source>How much goes back to the card: at most {amount} (all of it unless you change it)</source>
        <translation>Ce qui revient sur la carte&#xa0;: au plus {amount} (la totalité, sauf si vous le modifiez)</translation>
    </message>
    <message>
        <source>Up to {amount}: all that is left.</source>
        <translation>Jusqu&apos;à {amount}&#xa0;: tout ce qui reste.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why the money goes back (sent to Stripe and kept in the audit log)</source>
        <translation>Pourquoi l&apos;argent est rendu (envoyé à Stripe et conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Optional: what happened, in your own words (kept with the refund and in the audit log)</source>
        <translation>Facultatif&#xa0;: ce qui s&apos;est passé, avec vos mots (conservé avec le remboursement et dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>e.g. cup arrived broken</source>
        <translation>par ex. tasse arrivée cassée</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Refund problem</source>
        <translation>Problème de remboursement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel refund</source>
        <translation>Annuler le remboursement</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Retour (Esc)</translation>
    </message>
    <message>
        <source>Give the money back to the card; a manager&apos;s PIN is asked first (Enter)</source>
        <translation>Rendre l&apos;argent sur la carte&#xa0;; le PIN d&apos;un responsable est demandé d&apos;abord (Enter)</translation>
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation>Rembourser {amount}</translation>
    </message>
    <message>
        <source>Manager approval is not available on this till. Nothing was sent.</source>
        <translation>L&apos;approbation d&apos;un responsable n&apos;est pas disponible sur cette caisse. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Refund {amount} of order {order}</source>
        <translation>Remboursement de {amount} sur la commande {order}</translation>
    </message>
    <message>
        <source>{reason}: {note}</source>
        <translation>{reason}&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Not approved. Nothing was refunded.</source>
        <translation>Non approuvé. Rien n&apos;a été remboursé.</translation>
    </message>
    <message>
        <source>Refunding {amount}…</source>
        <translation>Remboursement de {amount}…</translation>
    </message>
    <message>
        <source>The answer from Stripe was lost. Checking whether the refund went through — do not refund again.</source>
        <translation>La réponse de Stripe a été perdue. Vérification en cours&#xa0;: le remboursement est-il passé&#xa0;? Ne remboursez pas une seconde fois.</translation>
    </message>
    <message>
        <source>Refunded {amount}.</source>
        <translation>{amount} remboursé.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The refund is on its way to Stripe. Wait for the outcome before closing.</source>
        <translation>Le remboursement est en route vers Stripe. Attendez le résultat avant de fermer.</translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <source>Only a charge that went through can be refunded.</source>
        <translation>Seul un paiement abouti peut être remboursé.</translation>
    </message>
    <message>
        <source>This charge has already been refunded in full.</source>
        <translation>Ce paiement a déjà été remboursé en totalité.</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>At most {amount} is left to refund on this charge.</source>
        <translation>Il reste au plus {amount} à rembourser sur ce paiement.</translation>
    </message>
    <message>
        <source>Pick the reason for the refund.</source>
        <translation>Choisissez le motif du remboursement.</translation>
    </message>
    <message>
        <source>The note is too long (500 characters at most).</source>
        <translation>La note est trop longue (500 caractères au maximum).</translation>
    </message>
    <message>
        <source>The manager&apos;s approval is for another action; ask for it again.</source>
        <translation>L&apos;approbation du responsable concerne une autre action&#xa0;; demandez-la à nouveau.</translation>
    </message>
</context>
<context>
    <name>SaveCardDialog</name>
    <message>
        <source>Stripe is saving the card. Wait for the outcome before closing.</source>
        <translation>Stripe enregistre la carte. Attendez le résultat avant de fermer.</translation>
    </message>
    <message>
        <source>Save card on file</source>
        <translation>Enregistrer la carte</translation>
    </message>
    <message>
        <source>For {customer}</source>
        <translation>Pour {customer}</translation>
    </message>
    <message>
        <source>Save card</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save this card for the customer&apos;s next orders (Enter)</source>
        <translation>Enregistrer cette carte pour les prochaines commandes du client (Enter)</translation>
    </message>
    <message>
        <source>The customer agrees to keep this card on file</source>
        <translation>Le client accepte que cette carte soit enregistrée</translation>
    </message>
    <message>
        <source>{shop} may then charge it for their future orders; the consent is kept with the card.</source>
        <translation>{shop} pourra alors la débiter pour ses commandes futures&#xa0;; le consentement est conservé avec la carte.</translation>
    </message>
    <message>
        <source>This shop may then charge it for their future orders; the consent is kept with the card.</source>
        <translation>Ce commerce pourra alors la débiter pour ses commandes futures&#xa0;; le consentement est conservé avec la carte.</translation>
    </message>
    <message>
        <source>Card-on-file consent</source>
        <translation>Consentement à l&apos;enregistrement de la carte</translation>
    </message>
    <message>
        <source>Tick only once the customer has said yes; it is recorded with the card</source>
        <translation>Ne cochez qu&apos;une fois que le client a dit oui&#xa0;; c&apos;est enregistré avec la carte</translation>
    </message>
    <message>
        <source>Tick the consent box once the customer has agreed. Nothing was saved.</source>
        <translation>Cochez la case de consentement une fois que le client a accepté. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Saving card…</source>
        <translation>Enregistrement de la carte…</translation>
    </message>
    <message>
        <source>Checking with Stripe… Do not save the card again.</source>
        <translation>Vérification auprès de Stripe… N&apos;enregistrez pas la carte une seconde fois.</translation>
    </message>
    <message>
        <source>Stripe has not confirmed this yet. Do not save the card again: the till keeps checking and the customer&apos;s list shows it once Stripe answers.</source>
        <translation>Stripe ne l&apos;a pas encore confirmé. N&apos;enregistrez pas la carte une seconde fois&#xa0;: la caisse continue de vérifier et la liste du client l&apos;affichera dès que Stripe aura répondu.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>This till takes real card payments (live keys).</source>
        <translation>Cette caisse accepte de vrais paiements par carte (clés live).</translation>
    </message>
    <message>
        <source>This till is in Stripe&apos;s test mode: test cards only, no real money.</source>
        <translation>Cette caisse est en mode test de Stripe&#xa0;: cartes de test uniquement, pas d&apos;argent réel.</translation>
    </message>
    <message>
        <source>This till is in training mode, on the sandbox.</source>
        <translation>Cette caisse est en mode formation, sur le bac à sable.</translation>
    </message>
    <message>
        <source>To leave it, choose this shop&apos;s Stripe account and paste its keys.</source>
        <translation>Pour en sortir, choisissez le compte Stripe de ce commerce et collez ses clés.</translation>
    </message>
    <message>
        <source>Keys typed here are checked with Stripe before anything is saved.</source>
        <translation>Les clés saisies ici sont vérifiées auprès de Stripe avant tout enregistrement.</translation>
    </message>
    <message>
        <source>The environment sets this till&apos;s business name or register (POS_BUSINESS_NAME, POS_REGISTER_ID); what is saved here applies without them.</source>
        <translation>L&apos;environnement fixe le nom du commerce ou l&apos;identifiant de cette caisse (POS_BUSINESS_NAME, POS_REGISTER_ID)&#xa0;; ce qui est enregistré ici s&apos;applique sans eux.</translation>
    </message>
</context>
<context>
    <name>SettledAttempts</name>
    <message>
        <source>The payment{which} went through: the customer paid.</source>
        <translation>Le paiement{which} a abouti&#xa0;: le client a payé.</translation>
    </message>
    <message>
        <source>The payment{which} was declined: nothing was charged.</source>
        <translation>Le paiement{which} a été refusé&#xa0;: rien n&apos;a été débité.</translation>
    </message>
    <message>
        <source>The payment{which} never reached Stripe: nothing was charged.</source>
        <translation>Le paiement{which} n&apos;est jamais parvenu à Stripe&#xa0;: rien n&apos;a été débité.</translation>
    </message>
    <message>
        <source>The payment{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>L&apos;issue du paiement{which} est toujours inconnue&#xa0;: ne le refaites pas&#xa0;; la caisse continue de vérifier.</translation>
    </message>
    <message>
        <source>The refund{which} went through: the money goes back to the card.</source>
        <translation>Le remboursement{which} a abouti&#xa0;: l&apos;argent revient sur la carte.</translation>
    </message>
    <message>
        <source>The refund{which} was refused by the card&apos;s bank.</source>
        <translation>Le remboursement{which} a été refusé par la banque de la carte.</translation>
    </message>
    <message>
        <source>The refund{which} never reached Stripe: nothing was refunded.</source>
        <translation>Le remboursement{which} n&apos;est jamais parvenu à Stripe&#xa0;: rien n&apos;a été remboursé.</translation>
    </message>
    <message>
        <source>The refund{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>L&apos;issue du remboursement{which} est toujours inconnue&#xa0;: ne le refaites pas&#xa0;; la caisse continue de vérifier.</translation>
    </message>
    <message>
        <source>The new customer{which} went through: the customer is saved.</source>
        <translation>La création du client{which} a abouti&#xa0;: le client est enregistré.</translation>
    </message>
    <message>
        <source>The new customer{which} was refused by the card&apos;s bank.</source>
        <translation>La création du client{which} a été refusée par la banque de la carte.</translation>
    </message>
    <message>
        <source>The new customer{which} never reached Stripe: nothing changed.</source>
        <translation>La création du client{which} n&apos;est jamais parvenue à Stripe&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The new customer{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>L&apos;issue de la création du client{which} est toujours inconnue&#xa0;: ne la refaites pas&#xa0;; la caisse continue de vérifier.</translation>
    </message>
    <message>
        <source>The card saved for a customer{which} went through: the card is saved.</source>
        <translation>L&apos;enregistrement de la carte d&apos;un client{which} a abouti&#xa0;: la carte est enregistrée.</translation>
    </message>
    <message>
        <source>The card saved for a customer{which} was refused by the card&apos;s bank.</source>
        <translation>L&apos;enregistrement de la carte d&apos;un client{which} a été refusé par la banque de la carte.</translation>
    </message>
    <message>
        <source>The card saved for a customer{which} never reached Stripe: nothing changed.</source>
        <translation>L&apos;enregistrement de la carte d&apos;un client{which} n&apos;est jamais parvenu à Stripe&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The card saved for a customer{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>L&apos;issue de l&apos;enregistrement de la carte d&apos;un client{which} est toujours inconnue&#xa0;: ne le refaites pas&#xa0;; la caisse continue de vérifier.</translation>
    </message>
    <message>
        <source>The customer deletion{which} went through: the customer is deleted.</source>
        <translation>La suppression du client{which} a abouti&#xa0;: le client est supprimé.</translation>
    </message>
    <message>
        <source>The customer deletion{which} was refused by the card&apos;s bank.</source>
        <translation>La suppression du client{which} a été refusée par la banque de la carte.</translation>
    </message>
    <message>
        <source>The customer deletion{which} never reached Stripe: nothing changed.</source>
        <translation>La suppression du client{which} n&apos;est jamais parvenue à Stripe&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The customer deletion{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>L&apos;issue de la suppression du client{which} est toujours inconnue&#xa0;: ne la refaites pas&#xa0;; la caisse continue de vérifier.</translation>
    </message>
    <message>
        <source>The card removal{which} went through: the card is removed.</source>
        <translation>Le retrait de la carte{which} a abouti&#xa0;: la carte est retirée.</translation>
    </message>
    <message>
        <source>The card removal{which} was refused by the card&apos;s bank.</source>
        <translation>Le retrait de la carte{which} a été refusé par la banque de la carte.</translation>
    </message>
    <message>
        <source>The card removal{which} never reached Stripe: nothing changed.</source>
        <translation>Le retrait de la carte{which} n&apos;est jamais parvenu à Stripe&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The card removal{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>L&apos;issue du retrait de la carte{which} est toujours inconnue&#xa0;: ne le refaites pas&#xa0;; la caisse continue de vérifier.</translation>
    </message>
    <message>
        <source>The change of a customer&apos;s default card{which} went through.</source>
        <translation>Le changement de la carte par défaut d&apos;un client{which} a abouti.</translation>
    </message>
    <message>
        <source>The change of a customer&apos;s default card{which} was refused by the card&apos;s bank.</source>
        <translation>Le changement de la carte par défaut d&apos;un client{which} a été refusé par la banque de la carte.</translation>
    </message>
    <message>
        <source>The change of a customer&apos;s default card{which} never reached Stripe: nothing changed.</source>
        <translation>Le changement de la carte par défaut d&apos;un client{which} n&apos;est jamais parvenu à Stripe&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The change of a customer&apos;s default card{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>L&apos;issue du changement de la carte par défaut d&apos;un client{which} est toujours inconnue&#xa0;: ne le refaites pas&#xa0;; la caisse continue de vérifier.</translation>
    </message>
    <message>
        <source>The receipt e-mail{which} went through: Stripe e-mails the receipt.</source>
        <translation>L&apos;envoi du ticket par e-mail{which} a abouti&#xa0;: Stripe envoie le ticket par e-mail.</translation>
    </message>
    <message>
        <source>The receipt e-mail{which} was refused by the card&apos;s bank.</source>
        <translation>L&apos;envoi du ticket par e-mail{which} a été refusé par la banque de la carte.</translation>
    </message>
    <message>
        <source>The receipt e-mail{which} never reached Stripe: no receipt was e-mailed.</source>
        <translation>L&apos;envoi du ticket par e-mail{which} n&apos;est jamais parvenu à Stripe&#xa0;: aucun ticket n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The receipt e-mail{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>L&apos;issue de l&apos;envoi du ticket par e-mail{which} est toujours inconnue&#xa0;: ne le refaites pas&#xa0;; la caisse continue de vérifier.</translation>
    </message>
    <message>
        <source> for order {order}</source>
        <translation> pour la commande {order}</translation>
    </message>
</context>
<context>
    <name>SettledDialog</name>
    <message>
        <source>Earlier payments checked</source>
        <translation>Paiements antérieurs vérifiés</translation>
    </message>
    <message>
        <source>What was still open has been checked with Stripe:</source>
        <translation>Ce qui était encore en suspens a été vérifié auprès de Stripe&#xa0;:</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Receipt for order {order}</source>
        <translation>Ticket de la commande {order}</translation>
    </message>
    <message>
        <source>Show, print or save the receipt of order {order}</source>
        <translation>Afficher, imprimer ou enregistrer le ticket de la commande {order}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Close the report</source>
        <translation>Fermer le rapport</translation>
    </message>
    <message>
        <source>Close (Enter or Esc)</source>
        <translation>Fermer (Enter ou Esc)</translation>
    </message>
    <message>
        <source>What was still open has been checked with Stripe:

</source>
        <translation>Ce qui était encore en suspens a été vérifié auprès de Stripe&#xa0;:

</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Set up this till</source>
        <translation>Configurer cette caisse</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Save setup</source>
        <translation>Enregistrer la configuration</translation>
    </message>
    <message>
        <source>Check the keys with Stripe, save, and start the till (Enter)</source>
        <translation>Vérifier les clés auprès de Stripe, enregistrer et démarrer la caisse (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel setup</source>
        <translation>Annuler la configuration</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Fermer sans enregistrer (Esc)</translation>
    </message>
    <message>
        <source>Quit setup (Esc)</source>
        <translation>Quitter la configuration (Esc)</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Payments and shop</source>
        <translation>Paiements et commerce</translation>
    </message>
    <message>
        <source>Receipts and printer</source>
        <translation>Tickets et imprimante</translation>
    </message>
    <message>
        <source>Stripe keys, business, register, currency, PIN</source>
        <translation>Clés Stripe, commerce, caisse, devise, PIN</translation>
    </message>
    <message>
        <source>Tax number, footer and the receipt printer</source>
        <translation>Numéro fiscal, pied de ticket et imprimante de tickets</translation>
    </message>
    <message>
        <source>Training mode runs the till against a sandbox on this computer: no Stripe account, no network, no real money. Every screen and receipt says SANDBOX. Keys can be added later in Settings.</source>
        <translation>Le mode formation fait fonctionner la caisse avec un bac à sable sur cet ordinateur&#xa0;: pas de compte Stripe, pas de réseau, pas d&apos;argent réel. Chaque écran et chaque ticket indique SANDBOX. Les clés pourront être ajoutées plus tard dans Paramètres.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Lancer la formation</translation>
    </message>
    <message>
        <source>The Stripe keys go to the system keychain, never to a file, and are checked with Stripe before anything is saved. The PIN is kept only as a salted hash.</source>
        <translation>Les clés Stripe vont dans le trousseau du système, jamais dans un fichier, et sont vérifiées auprès de Stripe avant tout enregistrement. Le PIN n&apos;est conservé que sous forme de hachage salé.</translation>
    </message>
    <message>
        <source>Check keys and save</source>
        <translation>Vérifier et enregistrer</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Enregistrer et démarrer</translation>
    </message>
    <message>
        <source>Check the fields marked in red. Nothing was saved.</source>
        <translation>Vérifiez les champs marqués en rouge. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Checking the keys with Stripe…</source>
        <translation>Vérification des clés auprès de Stripe…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Stripe did not accept the keys. Nothing was saved.</source>
        <translation>Stripe n&apos;a pas accepté les clés. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the Stripe keys in. Choose training mode to start now, or set POS_STRIPE_SECRET_KEY in the till&apos;s environment.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau où conserver les clés Stripe. Choisissez le mode formation pour démarrer maintenant, ou définissez POS_STRIPE_SECRET_KEY dans l&apos;environnement de la caisse.</translation>
    </message>
    <message>
        <source> Nothing was saved.</source>
        <translation> Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>SetupFields</name>
    <message>
        <source>This shop&apos;s Stripe account</source>
        <translation>Le compte Stripe de ce commerce</translation>
    </message>
    <message>
        <source>Stripe account</source>
        <translation>Compte Stripe</translation>
    </message>
    <message>
        <source>Charge real cards (or Stripe&apos;s test cards with test keys) through Stripe</source>
        <translation>Débiter de vraies cartes (ou les cartes de test de Stripe avec des clés de test) via Stripe</translation>
    </message>
    <message>
        <source>Training mode: no account, no real money</source>
        <translation>Mode formation&#xa0;: sans compte ni argent réel</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Mode formation</translation>
    </message>
    <message>
        <source>Practise with the built-in sandbox on this computer; every screen says SANDBOX</source>
        <translation>S&apos;entraîner avec le bac à sable intégré sur cet ordinateur&#xa0;; chaque écran indique SANDBOX</translation>
    </message>
    <message>
        <source>Secret or restricted key</source>
        <translation>Clé secrète ou restreinte</translation>
    </message>
    <message>
        <source>The secret key (sk_…) or a restricted key (rk_…); kept in the system keychain</source>
        <translation>La clé secrète (sk_…) ou une clé restreinte (rk_…)&#xa0;; conservée dans le trousseau du système</translation>
    </message>
    <message>
        <source>Publishable key</source>
        <translation>Clé publiable</translation>
    </message>
    <message>
        <source>The publishable key (pk_…) from the same page, optional</source>
        <translation>La clé publiable (pk_…), de la même page, facultative</translation>
    </message>
    <message>
        <source>sk_live_… or rk_live_…</source>
        <translation>sk_live_… ou rk_live_…</translation>
    </message>
    <message>
        <source>pk_live_… (optional)</source>
        <translation>pk_live_… (facultative)</translation>
    </message>
    <message>
        <source>The keys come from the environment (POS_STRIPE_SECRET_KEY): change them there.</source>
        <translation>Les clés viennent de l&apos;environnement (POS_STRIPE_SECRET_KEY)&#xa0;: modifiez-les là-bas.</translation>
    </message>
    <message>
        <source>Keys are stored in the keychain. Leave empty to keep them.</source>
        <translation>Les clés sont conservées dans le trousseau. Laissez vide pour les garder.</translation>
    </message>
    <message>
        <source>Stored: leave empty to keep</source>
        <translation>Enregistrée&#xa0;: laissez vide pour la garder</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nom du commerce</translation>
    </message>
    <message>
        <source>Printed at the top of every receipt</source>
        <translation>Imprimé en haut de chaque ticket</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>Adresse du commerce</translation>
    </message>
    <message>
        <source>Printed under the business name; Enter starts a new line, Tab moves on</source>
        <translation>Imprimée sous le nom du commerce&#xa0;; Enter commence une nouvelle ligne, Tab passe au champ suivant</translation>
    </message>
    <message>
        <source>Register name</source>
        <translation>Nom de la caisse</translation>
    </message>
    <message>
        <source>Which till this is, e.g. FRONT-1: letters, digits, - or _; on every charge</source>
        <translation>Identifie cette caisse, par ex. CAISSE-1&#xa0;: lettres, chiffres, - ou _&#xa0;; figure sur chaque paiement</translation>
    </message>
    <message>
        <source>e.g. FRONT-1</source>
        <translation>par ex. CAISSE-1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>The currency this till charges in (Alt+Down opens the list)</source>
        <translation>La devise dans laquelle cette caisse encaisse (Alt+Down ouvre la liste)</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Format régional</translation>
    </message>
    <message>
        <source>How amounts are written and read on the screens and receipts: the decimal separator, the grouping and where the currency symbol goes (Alt+Down opens the list)</source>
        <translation>Comment les montants sont écrits et lus sur les écrans et les tickets&#xa0;: séparateur décimal, groupement des chiffres et place du symbole monétaire (Alt+Down ouvre la liste)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the till and its receipts; it changes when the settings are saved and the till starts again</source>
        <translation>La langue de la caisse et de ses tickets&#xa0;; elle change une fois les paramètres enregistrés et la caisse redémarrée</translation>
    </message>
    <message>
        <source>Confirm charges above</source>
        <translation>Confirmer au-delà de</translation>
    </message>
    <message>
        <source>A charge above this amount is read back to the cashier before the card</source>
        <translation>Au-delà de ce montant, le paiement est d&apos;abord soumis au caissier pour confirmation, avant la carte</translation>
    </message>
    <message>
        <source>{amount} (the default)</source>
        <translation>{amount} (par défaut)</translation>
    </message>
    <message>
        <source>New manager PIN</source>
        <translation>Nouveau PIN responsable</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN responsable</translation>
    </message>
    <message>
        <source>4 to 8 digits; asked for refunds and settings</source>
        <translation>4 à 8 chiffres&#xa0;; demandé pour les remboursements et les paramètres</translation>
    </message>
    <message>
        <source>; leave empty to keep the PIN</source>
        <translation>; laissez vide pour garder le PIN</translation>
    </message>
    <message>
        <source>Confirm manager PIN</source>
        <translation>Confirmer le PIN responsable</translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation>Saisissez à nouveau le même PIN</translation>
    </message>
    <message>
        <source>Leave empty to keep it</source>
        <translation>Laissez vide pour le garder</translation>
    </message>
    <message>
        <source>How this till takes payments</source>
        <translation>Comment cette caisse encaisse les paiements</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <source>This shop and this register</source>
        <translation>Ce commerce et cette caisse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Confirm charges over</source>
        <translation>Confirmer au-delà de</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau PIN</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Confirmer le PIN</translation>
    </message>
    <message>
        <source>Amounts read {sample}. It applies once saved.</source>
        <translation>Les montants s&apos;écrivent {sample}. S&apos;applique après enregistrement.</translation>
    </message>
    <message>
        <source>This computer&apos;s: {locale}. {words}</source>
        <translation>Celui de cet ordinateur&#xa0;: {locale}. {words}</translation>
    </message>
</context>
<context>
    <name>SetupRules</name>
    <message>
        <source>Paste the secret key (sk_…) or a restricted key (rk_…).</source>
        <translation>Collez la clé secrète (sk_…) ou une clé restreinte (rk_…).</translation>
    </message>
    <message>
        <source>This is the publishable key (pk_…). Paste the secret key (sk_… or rk_…) here.</source>
        <translation>Ceci est la clé publiable (pk_…). Collez ici la clé secrète (sk_… ou rk_…).</translation>
    </message>
    <message>
        <source>This is not a secret (sk_…) or restricted (rk_…) key.</source>
        <translation>Ce n&apos;est pas une clé secrète (sk_…) ni restreinte (rk_…).</translation>
    </message>
    <message>
        <source>A publishable key starts with pk_test_ or pk_live_.</source>
        <translation>Une clé publiable commence par pk_test_ ou pk_live_.</translation>
    </message>
    <message>
        <source>Both keys must be test keys, or both live keys.</source>
        <translation>Les deux clés doivent être des clés de test, ou toutes deux des clés live.</translation>
    </message>
    <message>
        <source>Enter the business name printed on receipts.</source>
        <translation>Saisissez le nom du commerce imprimé sur les tickets.</translation>
    </message>
    <message>
        <source>Keep the business name under {count} characters.</source>
        <translation>Le nom du commerce doit faire moins de {count} caractères.</translation>
    </message>
    <message>
        <source>Keep the address under {count} characters.</source>
        <translation>L&apos;adresse doit faire moins de {count} caractères.</translation>
    </message>
    <message>
        <source>Name this register, e.g. FRONT-1.</source>
        <translation>Nommez cette caisse, par ex. CAISSE-1.</translation>
    </message>
    <message>
        <source>Use letters, digits, - and _ only (no spaces), up to 16.</source>
        <translation>Uniquement des lettres, chiffres, - et _ (sans espaces), 16 au maximum.</translation>
    </message>
    <message>
        <source>Choose the currency this till charges in.</source>
        <translation>Choisissez la devise dans laquelle cette caisse encaisse.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Choisissez une langue dans la liste.</translation>
    </message>
    <message>
        <source>Choose how amounts are written from the list.</source>
        <translation>Choisissez dans la liste comment écrire les montants.</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>That is above the largest card charge.</source>
        <translation>C&apos;est au-dessus du paiement par carte maximum.</translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation>Le PIN comporte 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>Les deux PIN diffèrent. Saisissez à nouveau le PIN.</translation>
    </message>
    <message>
        <source>Keep the tax number on one line, under {count} characters.</source>
        <translation>Le numéro fiscal doit tenir sur une ligne, en moins de {count} caractères.</translation>
    </message>
    <message>
        <source>Keep the footer under {count} characters.</source>
        <translation>Le pied de ticket doit faire moins de {count} caractères.</translation>
    </message>
    <message>
        <source>Keep the footer to {count} lines or fewer.</source>
        <translation>Le pied de ticket doit faire {count} lignes au maximum.</translation>
    </message>
    <message>
        <source>Choose the receipt printer to print every receipt at once.</source>
        <translation>Choisissez l&apos;imprimante de tickets pour imprimer chaque ticket aussitôt.</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The customer list&apos;s local copy was damaged and has been set aside; it is rebuilt from Stripe on the next refresh.</source>
        <translation>La copie locale de la liste des clients était endommagée et a été mise de côté ; elle est reconstruite depuis Stripe à la prochaine actualisation.</translation>
    </message>
    <message>
        <source>Cannot write the customer list: {reason}</source>
        <translation>Impossible d’écrire la liste des clients : {reason}</translation>
    </message>
    <message>
        <source>Payments are paused: the till&apos;s journal was damaged and moved to {moved_to}, and it may have held payments still being checked. A manager must check this register&apos;s recent payments in the Stripe Dashboard and then resume payments when the till starts.</source>
        <translation>Les paiements sont en pause : le journal de la caisse était endommagé et a été déplacé vers {moved_to}, et il contenait peut-être des paiements encore en cours de vérification. Un responsable doit vérifier les paiements récents de cette caisse dans le Dashboard Stripe, puis reprendre les paiements au démarrage de la caisse.</translation>
    </message>
    <message>
        <source>This attempt key is already in the journal; a new attempt needs a new key.</source>
        <translation>Cette clé d’opération figure déjà dans le journal ; une nouvelle opération nécessite une nouvelle clé.</translation>
    </message>
    <message>
        <source>Cannot open the journal {path}: {reason}</source>
        <translation>Impossible d’ouvrir le journal {path} : {reason}</translation>
    </message>
    <message>
        <source>The journal {path} could not be replaced ({reason}). Check the disk, then start the till again.</source>
        <translation>Le journal {path} n’a pas pu être remplacé ({reason}). Vérifiez le disque, puis redémarrez la caisse.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be used ({reason}). It was left as it is; close any other program using it, then start the till again.</source>
        <translation>Le journal {path} ne peut pas être utilisé ({reason}). Il a été laissé tel quel ; fermez tout autre programme qui l’utilise, puis redémarrez la caisse.</translation>
    </message>
    <message>
        <source>The journal could not be updated: {reason}</source>
        <translation>Le journal n’a pas pu être mis à jour : {reason}</translation>
    </message>
    <message>
        <source>The journal could not be read: {reason}</source>
        <translation>Le journal n’a pas pu être lu : {reason}</translation>
    </message>
    <message>
        <source>No open attempt with this key is in the journal.</source>
        <translation>Aucune opération en cours avec cette clé ne figure dans le journal.</translation>
    </message>
    <message>
        <source>No attempt with this key is in the journal.</source>
        <translation>Aucune opération avec cette clé ne figure dans le journal.</translation>
    </message>
    <message>
        <source>The attempt is already settled as {current}; it cannot become {state}.</source>
        <translation>L’opération est déjà réglée comme {current} ; elle ne peut pas devenir {state}.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read ({reason}) and a new one could not be prepared ({error}). Nothing was moved. Check the disk, then start the till again.</source>
        <translation>Le journal {path} ne peut pas être lu ({reason}) et un nouveau n’a pas pu être préparé ({error}). Rien n’a été déplacé. Vérifiez le disque, puis redémarrez la caisse.</translation>
    </message>
    <message>
        <source>The damaged journal was moved to {moved_to}, but its replacement {replacement} could not be put in place ({reason}). Start the till again; it finishes the replacement.</source>
        <translation>Le journal endommagé a été déplacé vers {moved_to}, mais son remplaçant {replacement} n’a pas pu être mis en place ({reason}). Redémarrez la caisse ; elle termine le remplacement.</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of the application (schema {found}, this version knows {known}). Update the application.</source>
        <translation>Le journal a été écrit par une version plus récente de l’application (schéma {found}, cette version connaît {known}). Mettez à jour l’application.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}. Check that the disk is writable and that you have permission.</source>
        <translation>Impossible de créer le dossier {folder} : {reason}. Vérifiez que le disque est accessible en écriture et que vous en avez l’autorisation.</translation>
    </message>
    <message>
        <source>The journal could not be read ({reason}). It was moved to {moved_to}.</source>
        <translation>Le journal n’a pas pu être lu ({reason}). Il a été déplacé vers {moved_to}.</translation>
    </message>
    <message>
        <source>The settings file could not be read ({reason}). It was moved to {moved_to}.</source>
        <translation>Le fichier des paramètres n’a pas pu être lu ({reason}). Il a été déplacé vers {moved_to}.</translation>
    </message>
    <message>
        <source>The customer list&apos;s local copy could not be read ({reason}). It was moved to {moved_to}.</source>
        <translation>La copie locale de la liste des clients n’a pas pu être lue ({reason}). Elle a été déplacée vers {moved_to}.</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({reason}). It was moved to {moved_to}.</source>
        <translation>Le fichier {path} n’a pas pu être lu ({reason}). Il a été déplacé vers {moved_to}.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read ({reason}) and could not be moved aside ({error}). Nothing was changed. Check the folder&apos;s permissions, or move the file away by hand, then start the till again.</source>
        <translation>Le journal {path} ne peut pas être lu ({reason}) et n’a pas pu être mis de côté ({error}). Rien n’a été modifié. Vérifiez les autorisations du dossier, ou déplacez le fichier à la main, puis redémarrez la caisse.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({reason}) and could not be moved aside ({error}). Nothing was changed. Check the folder&apos;s permissions, or move the file away by hand, then start the till again.</source>
        <translation>Le fichier des paramètres {path} ne peut pas être lu ({reason}) et n’a pas pu être mis de côté ({error}). Rien n’a été modifié. Vérifiez les autorisations du dossier, ou déplacez le fichier à la main, puis redémarrez la caisse.</translation>
    </message>
    <message>
        <source>The customer list&apos;s local copy {path} cannot be read ({reason}) and could not be moved aside ({error}). Nothing was changed. Check the folder&apos;s permissions, or move the file away by hand, then start the till again.</source>
        <translation>La copie locale de la liste des clients {path} ne peut pas être lue ({reason}) et n’a pas pu être mise de côté ({error}). Rien n’a été modifié. Vérifiez les autorisations du dossier, ou déplacez le fichier à la main, puis redémarrez la caisse.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}) and could not be moved aside ({error}). Nothing was changed. Check the folder&apos;s permissions, or move the file away by hand, then start the till again.</source>
        <translation>Le fichier {path} ne peut pas être lu ({reason}) et n’a pas pu être mis de côté ({error}). Rien n’a été modifié. Vérifiez les autorisations du dossier, ou déplacez le fichier à la main, puis redémarrez la caisse.</translation>
    </message>
    <message>
        <source>This computer has no usable password store (keychain) for the Stripe keys. Either set the keys in the environment as POS_STRIPE_SECRET_KEY and POS_STRIPE_PUBLISHABLE_KEY before starting the till, or install and unlock a password store: on Linux a Secret Service keyring such as gnome-keyring (log in to a desktop session so that it unlocks).</source>
        <translation>Cet ordinateur n’a pas de gestionnaire de mots de passe (trousseau) utilisable pour les clés Stripe. Définissez les clés dans l’environnement sous POS_STRIPE_SECRET_KEY et POS_STRIPE_PUBLISHABLE_KEY avant de démarrer la caisse, ou installez et déverrouillez un gestionnaire de mots de passe : sous Linux, un trousseau Secret Service comme gnome-keyring (ouvrez une session de bureau pour qu’il se déverrouille).</translation>
    </message>
    <message>
        <source>Could not read {name} from the password store: {reason}. Unlock the keychain (log in to the desktop session) and try again.</source>
        <translation>Impossible de lire {name} dans le gestionnaire de mots de passe : {reason}. Déverrouillez le trousseau (ouvrez la session de bureau) et réessayez.</translation>
    </message>
    <message>
        <source>Could not save {name} in the password store: {reason}. Unlock the keychain (log in to the desktop session) and try again.</source>
        <translation>Impossible d’enregistrer {name} dans le gestionnaire de mots de passe : {reason}. Déverrouillez le trousseau (ouvrez la session de bureau) et réessayez.</translation>
    </message>
    <message>
        <source>Could not delete {name} from the password store: {reason}. Unlock the keychain (log in to the desktop session) and try again.</source>
        <translation>Impossible de supprimer {name} du gestionnaire de mots de passe : {reason}. Déverrouillez le trousseau (ouvrez la session de bureau) et réessayez.</translation>
    </message>
    <message>
        <source>Could not save the settings to {path}: {reason}. The previous settings are unchanged.</source>
        <translation>Impossible d’enregistrer les paramètres dans {path} : {reason}. Les paramètres précédents sont inchangés.</translation>
    </message>
    <message>
        <source>No journal at {path}.</source>
        <translation>Aucun journal à {path}.</translation>
    </message>
</context>
<context>
    <name>TillSetup</name>
    <message>
        <source>In the Stripe Dashboard (dashboard.stripe.com), open Developers → API keys: the publishable key (pk_…) is shown there; reveal the secret key (sk_…) or create a restricted key (rk_…) and copy it.</source>
        <translation>Dans le Dashboard Stripe (dashboard.stripe.com), ouvrez Développeurs → Clés API&#xa0;: la clé publiable (pk_…) y est affichée&#xa0;; révélez la clé secrète (sk_…) ou créez une clé restreinte (rk_…) et copiez-la.</translation>
    </message>
    <message>
        <source>Stripe did not accept this key. Copy it again from the Dashboard (Developers → API keys); a key that was rolled no longer works.</source>
        <translation>Stripe n&apos;a pas accepté cette clé. Copiez-la à nouveau depuis le Dashboard (Développeurs → Clés API)&#xa0;; une clé renouvelée ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Stripe accepted this restricted key but it may not read charges. Give it the Charges and Tokens permissions, or use the secret key.</source>
        <translation>Stripe a accepté cette clé restreinte, mais elle ne peut peut-être pas lire les paiements. Donnez-lui les autorisations Charges et Tokens, ou utilisez la clé secrète.</translation>
    </message>
    <message>
        <source>The keys come from the environment; nothing to store.</source>
        <translation>Les clés viennent de l&apos;environnement&#xa0;; rien à conserver.</translation>
    </message>
    <message>
        <source>Could not reach Stripe to check the keys. Check the network and try again.</source>
        <translation>Impossible de joindre Stripe pour vérifier les clés. Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>Stripe could not check the keys just now. Try again in a moment.</source>
        <translation>Stripe n&apos;a pas pu vérifier les clés pour le moment. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>WrappingLabel</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
</TS>
