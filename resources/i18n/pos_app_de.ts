<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AmountInput</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That amount is not in {currency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the digits in threes, as in {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “{point}” for the decimals, as in {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{currency} amounts have no decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{currency} amounts have 1 decimal place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{currency} amounts have %n decimal places.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The largest card charge is {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pasted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pasted: {currency} is charged in whole units.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>A payment is in progress. Wait for its outcome before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge {amount} to this card (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking payment status… Do not charge the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe has not confirmed this payment yet. Do not charge the card again: the order stays open and the till keeps checking. History shows the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardEntryDialog</name>
    <message>
        <source>{title}: problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swipe the card or key it in, then press Enter. Esc goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the fields marked in red. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {card} in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe is still answering. Wait for the outcome before closing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>The card could not be read. Swipe again or type the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number, grouped as the brand groups it (Tab to expiry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry as MM/YY (Tab to CVC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3 or 4 digit security code (CVC), hidden as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing postal code (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on card (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry (MM/YY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed (swiped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional for a swiped card: the security code is not on the stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brand not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Number looks right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardValidation</name>
    <message>
        <source>Card number is not valid, check the digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card could not be read, swipe again or key it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number may contain only digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the expiry as MM/YY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry month must be 01 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry is in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry is too far in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVC must be {count} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVC must be {counts} or {last} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number has the wrong number of digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code looks wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name contains characters that cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swiped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card on file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashierMessages</name>
    <message>
        <source>Declined: insufficient funds. Ask for another card or a smaller amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: the card has expired. Check the expiry date or ask for another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: the security code (CVC) is wrong. Check it with the customer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security code (CVC) is not valid. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number is wrong. Check it and key it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number is not valid. Check it and key it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry month is not valid. Check the expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry year is not valid. Check the expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: the postal code does not match. Check it and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be processed. Try once more; if it fails again, ask for another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: the card has reached its limit. Ask for another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined too many times. Wait a while or ask for another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Stripe request {request})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined. Ask the customer for another card or another way to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking payment status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from Stripe was lost. Checking whether the payment went through — do not charge the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still being checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier payment for this order is still being checked with Stripe. Wait for its outcome; do not take the payment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyed card entry is not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Stripe account does not accept card numbers typed into the till. Stripe allows it only after the business asks Stripe for raw card data access and files a PCI self-assessment (SAQ D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe key refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe did not accept this register&apos;s API key. A manager must check the keys in Setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key lacks a permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register&apos;s restricted key may not do this. A manager must grant the permission in Stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe asked the till to slow down. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has been deleted, on another till or in the Stripe Dashboard. Nothing was charged, and they are taken off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment needs checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe saw this payment attempt with different details. Ask a manager to check today&apos;s history before charging again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe refused the request: “{reason}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error happened. The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This charge has already been refunded in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than is left to refund on this charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has disputed this charge with their bank; it cannot be refunded here. Answer the dispute in the Stripe Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe does not know this charge (was it made with other keys?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from Stripe was lost and it is not known yet whether the refund went through. The till keeps checking; do not refund this charge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier refund of this charge is still being checked with Stripe. Wait for its outcome before refunding again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe refused the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe refused the refund.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargeDetailsDialog</name>
    <message>
        <source>Charge details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this charge&apos;s receipt to print it or save it as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund this charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give money back on this charge (manager PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds and customer could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in: no saved customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from Stripe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargePage</name>
    <message>
        <source>Type an amount, then press Enter to charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount: digits fill from the cents, a decimal point also works (Enter charges, Esc clears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number: the register&apos;s next number is taken when the card is charged; type one to match a paper order (Tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next number, taken when charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was sold, shown on the receipt (optional, Tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2 coffees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail for Stripe&apos;s receipt (optional, Tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer@example.com</source>
        <comment>an example e-mail address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent in training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt e-mails are sent by Stripe for live charges only; training mode sends nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the card payment for this amount (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount to charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem} Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge {amount}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is more than {limit}. Check the amount with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not charged. Correct the amount, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till is in LIVE mode. {amount} will be charged to a real card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm once per day before the first live charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge {amount} for real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live charge cancelled. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live charging needs a manager&apos;s PIN, and none is set up. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve live charging for today: real cards, starting with {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live charge not approved. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the card: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <comment>the card of an approved sale, when its number is not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved {amount} — {card} — order {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe e-mails its receipt to {email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not e-mailed to {email}: Stripe sends receipt e-mails for live charges only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Order {order} is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charging</name>
    <message>
        <source>Order numbers are up to 100 characters, no [ ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is too long (500 max).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>pos-app — unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error happened. The till keeps running; if something looks wrong, finish the current sale and restart the till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the till&apos;s log (pos-app --self-check shows its folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n more error(s) since this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerChargePanel</name>
    <message>
        <source>{name} was deleted on another till or in the Stripe Dashboard. Nothing was charged; they are no longer on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a saved customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a saved customer&apos;s name, e-mail or phone to charge their card on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved customer? Type a name, e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved customer this sale is charged to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the amount and description of this customer&apos;s last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge a walk-in customer instead (the card is keyed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved card to charge; the customer&apos;s default comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge {amount} to {card}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge to {card}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging {name}&apos;s saved card: type the amount, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount, then press Enter to charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the customer&apos;s cards: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier order to repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card on file — add one on the Customers page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exp. {expiry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <comment>the customer&apos;s default card</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging {card}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking payment status… Do not charge the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe has not confirmed this payment yet. Do not charge the card again: the order stays open and the till keeps checking. History shows the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Order {order} is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in {amount} — {description} (last order, {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in {amount} (last order, {date})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their card is taken next and kept on file for their next orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ada Lovelace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. oat milk, table 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name, as the till lists it (name or e-mail needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail: finds them again quickly (name or e-mail needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s phone number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth remembering, kept at Stripe with the customer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer agrees to keep their card on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shop} may then charge it for their future orders. Who took the consent, when and at which register is kept with the customer at Stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop may then charge it for their future orders. Who took the consent, when and at which register is kept with the customer at Stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card-on-file consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick only once the customer has said yes; who, when and which register are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save nothing (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: take the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the details, then key in the card to save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDirectory</name>
    <message>
        <source>Loading customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading customers from Stripe… {count} so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} customers (saved copy). Could not refresh from Stripe: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load customers: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved customers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} customers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not on this till&apos;s list: asking Stripe for “{query}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found at Stripe: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “{query}”, here or at Stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask Stripe; showing this till&apos;s list only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Type the customer&apos;s name or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (256 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That e-mail address does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - only, up to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (350 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box once the customer has agreed to keep the card on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer no longer exists at Stripe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by name (click again to reverse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by e-mail (click again to reverse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by phone (click again to reverse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by card (click again to reverse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by expires (click again to reverse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by card saved (click again to reverse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has expired ({expiry}): ask for another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card expires {expiry}, this month or next: ask for a new one soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{card}: the default card, charged unless another is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{expiry} soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>{name} was deleted on another till or in the Stripe Dashboard, and is no longer on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card · saved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, e-mail or phone number (Ctrl+F; Enter picks the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a new customer with their card on file (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved customers; click a heading to sort, Enter charges the selected customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved customers are not available on this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s cards on file; the default is charged unless another is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save another card for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge the selected card unless another is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button: remove the selected card</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected card (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring up a sale for this customer on a saved card, no card needed (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this customer and their cards for good (manager PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load customers. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved customers yet.
Press New customer to keep a regular&apos;s card on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the cards. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a customer on the left to see their saved cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card on file. Add one to charge this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{expiry}
expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{expiry}
soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <comment>the customer&apos;s default card</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on {date} by {cashier} at register {register}, with the customer&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on {date} by {cashier}, with the customer&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on {date} at register {register}, with the customer&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on {date}, with the customer&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has expired: ask for another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card expires this month or next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged when no other card is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name} with {card}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making it the default…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {card} from {name}&apos;s saved cards?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can be saved again later only with the card in hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{card} is now the default card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{card} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{card} removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{card} made the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card made the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} and their saved cards for good. Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was deleted, with their saved cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayTotals</name>
    <message>
        <source>(none)</source>
        <comment>no cashier, register or card</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteCustomerDialog</name>
    <message>
        <source>Delete customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} and their %n saved card(s) are deleted at Stripe for good; this cannot be undone. Their past payments stay in the history. A manager approves it with the PIN.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} and their details are deleted at Stripe for good; this cannot be undone. Their past payments stay in the history. A manager approves it with the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the customer deleted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the customer is deleted; kept in the audit trail (Enter continues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the customer asked to be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete nothing (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete — manager PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete, with the manager&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the manager for the PIN to delete this customer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words why the customer is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailReceiptRow</name>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe e-mails the receipt to this address (Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Stripe to e-mail the receipt to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Stripe to e-mail the receipt to {address}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe e-mails the receipt to {address}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>The load was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer could not be read (deleted, or Stripe did not answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts are not available on this till.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} refunded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager approval needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter manager PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the day&apos;s charges and totals after the manager&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to list, in the shop&apos;s time zone (Alt+Down opens the calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the day from Stripe again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the day&apos;s charges as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give money back on the selected charge (manager PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find charges by order, card, customer, description or charge id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search order, card, customer, description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <comment>caption of the history&apos;s filters</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every register&apos;s charges of the day; double-click (or Enter) for details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s history is not available on this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager approval is not set up on this till, so the history stays closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s charges, totals and refunds are for the manager. Enter the manager&apos;s PIN to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the day&apos;s charges, totals and refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {day} from Stripe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the day&apos;s charges from Stripe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from Stripe… {count} charges so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} charges</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a {hours}-hour day (the clocks changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the day from Stripe. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the day&apos;s charges. {reason} Press Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charge of this day matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charges on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charges yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no cashier or register</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded {amount} on order {order}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the day as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved {count} charges to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the CSV file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <source>Sales by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s takings (succeeded charges) hour by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales yet on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} in {currency} over the day; busiest hour {hour} with {busiest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by hour ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales on this day yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>keypad: clear the amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the amount (Esc or Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad double zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add two zeros (type 0 twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad {digit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the digit {digit} (key {digit})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>The till cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode needs no keys: it runs on a sandbox on this computer, with no real money. Keys can be added later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the training sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training sandbox did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged files moved aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume payments (manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep payments paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume payments after the journal was replaced. Check this register&apos;s recent payments in the Stripe Dashboard first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments stay paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the till&apos;s files could not be read. Nothing was deleted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till started with the default settings: check the shop&apos;s details, register and currency in Setup, or copy them back from the moved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {count} attempts in it were carried over into a new journal; the {open} still unfinished are checked with Stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {count} attempts in it could be read, so payments whose outcome was still unknown may be missing from the new journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in it could be read, so payments whose outcome was still unknown may be missing from the new journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was replaced on {when} UTC; the damaged one is at {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments are paused. Before resuming, a manager checks this register&apos;s payments of the last days in the Stripe Dashboard (each shows its order number) so that no customer is charged twice, then chooses Resume payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the moved files: support can recover what they still hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{business} — Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe test mode: test cards only, no real money moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live mode: real cards are charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sandbox: nothing leaves this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <comment>page tab: ring up a sale</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring up a card payment (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s history (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business details, register, Stripe keys (manager PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the till (Ctrl+Q); waits for a payment in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. TEST mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. LIVE mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. SANDBOX mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check unfinished payments with Stripe; they stay blocked and are checked again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the payment first, then open the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the settings: business details, this register&apos;s name, the Stripe keys and training mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. They apply the next time the till starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is in progress. The till closes once its outcome is known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>That PIN is not right. {count} more tries before it locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. One more try before it locks for five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Manager approval is locked until {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager PIN is set up; set one in the till&apos;s setup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModeBadge</name>
    <message>
        <source>TEST MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register {register}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>Choose a three-letter currency code such as USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That amount is not in {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount such as {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{currency} amounts have no decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{currency} amounts have at most {count} decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That amount is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the digit keys only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card charges in {currency} must be a multiple of {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum card charge is {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum card charge is {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Manager approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 8 digits, hidden (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not approve (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the PIN (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printers</name>
    <message>
        <source>the USB receipt printer {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network receipt printer at {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt printer “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer chosen in the print dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the printer&apos;s address, e.g. 192.168.1.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an address: use the printer&apos;s IP address or its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how receipts are printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the printer by its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That printer name cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the vendor and product id as four hex digits each, e.g. 04b8:0202.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 9100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing on a thermal printer needs python-escpos, which is not installed. Install the till with its escpos extra (pip install &apos;pos-app[escpos]&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Windows receipt printer needs pywin32, which this computer does not have. Install the till with its escpos extra (pip install &apos;pos-app[escpos]&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{printer} is not a thermal printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{printer} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB printing needs the libusb library, which this computer does not have. Install it, or use the printer through the system&apos;s printers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{printer} is not answering. Check that it is switched on and on the network, and that its address is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{printer} is not among this computer&apos;s printers. Check its name in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{printer} was not found. Check that it is switched on and its cable plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{printer} stopped answering while printing ({error}). Check its power, cable and paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{printer} is out of paper (or its cover is open). Put in a new roll, close the cover, and print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Payment complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt as it prints on an 80 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt: choose the printer (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt on {printer} (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt as a PDF in the receipts folder (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the receipt and take the next order (Enter or Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt again once the printer is fixed (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order&#xa0;{order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved {amount} — {card} — order {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer {printer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing on {printer}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed. {why} Save the receipt as a PDF instead ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed: save the receipt as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed. {why} The receipt is saved as a PDF instead: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing… the receipt closes once it is printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptEmail</name>
    <message>
        <source>That e-mail address does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptFields</name>
    <message>
        <source>Print opens the print dialog each time, to choose the printer or a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print sends the receipt to this printer at once, on an 80 mm page as long as the receipt. Set the printer&apos;s paper to an 80 mm roll in the system&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thermal printer on USB, spoken to in ESC/POS. Its vendor and product ids are shown by lsusb (Linux) or Device Manager → Details → Hardware Ids (Windows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thermal printer on the shop&apos;s network, spoken to in ESC/POS on its raw port (9100 unless its manual says otherwise). Give it a fixed address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thermal printer installed in Windows (its driver or the Generic / Text Only one): the receipt is sent to it raw, in ESC/POS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s VAT, GST or tax number, printed under the address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. VAT GB123456789 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the bottom of every receipt: the returns policy, a thank-you; Enter starts a new line, Tab moves on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Print sends receipts (Alt+Down opens the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each time (the print dialog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal printer on USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal printer on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows printer, raw ESC/POS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor and product id, four hex digits each, e.g. 04b8:0202</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network printer&apos;s IP address or name, e.g. 192.168.1.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer&apos;s raw port; empty is {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{port} (the usual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows printer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer&apos;s name as Windows lists it in Printers &amp; scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. EPSON TM-T20III Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every approved sale at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt prints as soon as a charge is approved (reprints only when asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the paper after each receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal printers with a cutter: cut right after the last line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the cash drawer with each sale&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drawer cabled to the thermal printer opens when a sale&apos;s receipt prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the receipt says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business name and address are on the first tab. The receipt also shows the card, how it was taken (keyed, swiped, card on file) and Stripe&apos;s receipt number or a short reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPrinting</name>
    <message>
        <source>Receipt roll 80 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer “{printer}” would not start the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer “{printer}” reported an error printing the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer “{printer}” is not among this computer&apos;s printers. Check that it is installed and switched on, or choose another one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode} — NOT A REAL PAYMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID {tax_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUNDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUND PENDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUND FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUND CANCELED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPROVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARTLY REFUNDED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Requested by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged twice (duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraudulent payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order} · {card}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged {amount} at {time} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already refunded: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much goes back to the card: at most {amount} (all of it unless you change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {amount}: all that is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the money goes back (sent to Stripe and kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what happened, in your own words (kept with the refund and in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cup arrived broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the money back to the card; a manager&apos;s PIN is asked first (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager approval is not available on this till. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {amount} of order {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved. Nothing was refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunding {amount}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from Stripe was lost. Checking whether the refund went through — do not refund again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is on its way to Stripe. Wait for the outcome before closing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <source>Only a charge that went through can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This charge has already been refunded in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the reason for the refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (500 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager&apos;s approval is for another action; ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveCardDialog</name>
    <message>
        <source>Stripe is saving the card. Wait for the outcome before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save card on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this card for the customer&apos;s next orders (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer agrees to keep this card on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shop} may then charge it for their future orders; the consent is kept with the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop may then charge it for their future orders; the consent is kept with the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card-on-file consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick only once the customer has said yes; it is recorded with the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the consent box once the customer has agreed. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with Stripe… Do not save the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe has not confirmed this yet. Do not save the card again: the till keeps checking and the customer&apos;s list shows it once Stripe answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>This till takes real card payments (live keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till is in Stripe&apos;s test mode: test cards only, no real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till is in training mode, on the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To leave it, choose this shop&apos;s Stripe account and paste its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys typed here are checked with Stripe before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment sets this till&apos;s business name or register (POS_BUSINESS_NAME, POS_REGISTER_ID); what is saved here applies without them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettledAttempts</name>
    <message>
        <source>The payment{which} went through: the customer paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment{which} was declined: nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment{which} never reached Stripe: nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund{which} went through: the money goes back to the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund{which} was refused by the card&apos;s bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund{which} never reached Stripe: nothing was refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new customer{which} went through: the customer is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new customer{which} was refused by the card&apos;s bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new customer{which} never reached Stripe: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new customer{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card saved for a customer{which} went through: the card is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card saved for a customer{which} was refused by the card&apos;s bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card saved for a customer{which} never reached Stripe: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card saved for a customer{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer deletion{which} went through: the customer is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer deletion{which} was refused by the card&apos;s bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer deletion{which} never reached Stripe: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer deletion{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card removal{which} went through: the card is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card removal{which} was refused by the card&apos;s bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card removal{which} never reached Stripe: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card removal{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change of a customer&apos;s default card{which} went through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change of a customer&apos;s default card{which} was refused by the card&apos;s bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change of a customer&apos;s default card{which} never reached Stripe: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change of a customer&apos;s default card{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt e-mail{which} went through: Stripe e-mails the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt e-mail{which} was refused by the card&apos;s bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt e-mail{which} never reached Stripe: no receipt was e-mailed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt e-mail{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for order {order}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettledDialog</name>
    <message>
        <source>Earlier payments checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was still open has been checked with Stripe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt for order {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show, print or save the receipt of order {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Enter or Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was still open has been checked with Stripe:

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the keys with Stripe, save, and start the till (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit setup (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments and shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts and printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe keys, business, register, currency, PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number, footer and the receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode runs the till against a sandbox on this computer: no Stripe account, no network, no real money. Every screen and receipt says SANDBOX. Keys can be added later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Stripe keys go to the system keychain, never to a file, and are checked with Stripe before anything is saved. The PIN is kept only as a salted hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check keys and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the fields marked in red. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keys with Stripe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe did not accept the keys. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the Stripe keys in. Choose training mode to start now, or set POS_STRIPE_SECRET_KEY in the till&apos;s environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupFields</name>
    <message>
        <source>This shop&apos;s Stripe account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge real cards (or Stripe&apos;s test cards with test keys) through Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: no account, no real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise with the built-in sandbox on this computer; every screen says SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret or restricted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key (sk_…) or a restricted key (rk_…); kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishable key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publishable key (pk_…) from the same page, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sk_live_… or rk_live_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pk_live_… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys come from the environment (POS_STRIPE_SECRET_KEY): change them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are stored in the keychain. Leave empty to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored: leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of every receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed under the business name; Enter starts a new line, Tab moves on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which till this is, e.g. FRONT-1: letters, digits, - or _; on every charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. FRONT-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency this till charges in (Alt+Down opens the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How amounts are written and read on the screens and receipts: the decimal separator, the grouping and where the currency symbol goes (Alt+Down opens the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the till and its receipts; it changes when the settings are saved and the till starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm charges above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charge above this amount is read back to the cashier before the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New manager PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 8 digits; asked for refunds and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; leave empty to keep the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm manager PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this till takes payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop and this register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm charges over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts read {sample}. It applies once saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s: {locale}. {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupRules</name>
    <message>
        <source>Paste the secret key (sk_…) or a restricted key (rk_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the publishable key (pk_…). Paste the secret key (sk_… or rk_…) here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a secret (sk_…) or restricted (rk_…) key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A publishable key starts with pk_test_ or pk_live_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both keys must be test keys, or both live keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the business name printed on receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the business name under {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the address under {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name this register, e.g. FRONT-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, - and _ only (no spaces), up to 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the currency this till charges in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how amounts are written from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is above the largest card charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the tax number on one line, under {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the footer under {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the footer to {count} lines or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the receipt printer to print every receipt at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillSetup</name>
    <message>
        <source>In the Stripe Dashboard (dashboard.stripe.com), open Developers → API keys: the publishable key (pk_…) is shown there; reveal the secret key (sk_…) or create a restricted key (rk_…) and copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe did not accept this key. Copy it again from the Dashboard (Developers → API keys); a key that was rolled no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe accepted this restricted key but it may not read charges. Give it the Charges and Tokens permissions, or use the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys come from the environment; nothing to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Stripe to check the keys. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe could not check the keys just now. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
