<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AmountInput</name>
    <message>
        <source>System default</source>
        <translation>Del sistema</translation>
    </message>
    <message>
        <source>That amount is not in {currency}.</source>
        <translation>Ese importe no está en {currency}.</translation>
    </message>
    <message>
        <source>Type an amount such as {example}.</source>
        <translation>Escriba un importe como {example}.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Introduzca un importe.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>El importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>Group the digits in threes, as in {example}.</source>
        <translation>Agrupe las cifras de tres en tres, como en {example}.</translation>
    </message>
    <message>
        <source>That amount is too large.</source>
        <translation>Ese importe es demasiado alto.</translation>
    </message>
    <message>
        <source>Use “{point}” for the decimals, as in {example}.</source>
        <translation>Use «{point}» para los decimales, como en {example}.</translation>
    </message>
    <message>
        <source>Type three digits after each “{separator}”, as in {example}.</source>
        <translation>Escriba tres cifras después de cada «{separator}», como en {example}.</translation>
    </message>
    <message>
        <source>{currency} amounts have no decimal places.</source>
        <translation>Los importes en {currency} no tienen decimales.</translation>
    </message>
    <message>
        <source>{currency} amounts have 1 decimal place.</source>
        <translation>Los importes en {currency} tienen 1 decimal.</translation>
    </message>
    <message numerus="yes">
        <source>{currency} amounts have %n decimal places.</source>
        <translation>
            <numerusform>Los importes en {currency} tienen %n decimal.</numerusform>
            <numerusform>Los importes en {currency} tienen %n decimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>The largest card charge is {amount}.</source>
        <translation>El cobro máximo con tarjeta es {amount}.</translation>
    </message>
    <message>
        <source>Not pasted: {reason}</source>
        <translation>No se ha pegado: {reason}</translation>
    </message>
    <message>
        <source>Not pasted: {currency} is charged in whole units.</source>
        <translation>No se ha pegado: {currency} se cobra en unidades enteras.</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>A payment is in progress. Wait for its outcome before closing.</source>
        <translation>Hay un pago en curso. Espere al resultado antes de cerrar.</translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation>Pago con tarjeta</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nuevo pedido</translation>
    </message>
    <message>
        <source>Charge {amount}</source>
        <translation>Cobrar {amount}</translation>
    </message>
    <message>
        <source>Charge {amount} to this card (Enter)</source>
        <translation>Cobrar {amount} a esta tarjeta (Enter)</translation>
    </message>
    <message>
        <source>Charging card…</source>
        <translation>Cobrando con la tarjeta…</translation>
    </message>
    <message>
        <source>Checking payment status… Do not charge the card again.</source>
        <translation>Comprobando el estado del pago… No vuelva a cobrar a la tarjeta.</translation>
    </message>
    <message>
        <source>Approved {amount}</source>
        <translation>Aprobado {amount}</translation>
    </message>
    <message>
        <source>Stripe has not confirmed this payment yet. Do not charge the card again: the order stays open and the till keeps checking. History shows the outcome.</source>
        <translation>Stripe aún no ha confirmado este pago. No vuelva a cobrar a la tarjeta: el pedido sigue abierto y la caja sigue comprobándolo. El resultado aparecerá en el Historial.</translation>
    </message>
</context>
<context>
    <name>CardEntryDialog</name>
    <message>
        <source>{title}: problem</source>
        <translation>{title}: problema</translation>
    </message>
    <message>
        <source>Swipe the card or key it in, then press Enter. Esc goes back.</source>
        <translation>Pase la tarjeta o teclee sus datos y pulse Enter. Esc vuelve atrás.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: {title}</source>
        <translation>Cancelar: {title}</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Atrás (Esc)</translation>
    </message>
    <message>
        <source>Check the fields marked in red. Nothing was sent.</source>
        <translation>Revise los campos marcados en rojo. No se ha enviado nada.</translation>
    </message>
    <message>
        <source>Key {card} in again</source>
        <translation>Vuelva a teclear {card}</translation>
    </message>
    <message>
        <source>Stripe is still answering. Wait for the outcome before closing.</source>
        <translation>Stripe aún está respondiendo. Espere al resultado antes de cerrar.</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>The card could not be read. Swipe again or type the number.</source>
        <translation>No se pudo leer la tarjeta. Vuelva a pasarla o teclee el número.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <source>Card number, grouped as the brand groups it (Tab to expiry)</source>
        <translation>Número de tarjeta, agrupado como lo agrupa la marca (Tab a caducidad)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Marca de la tarjeta</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>Expiry as MM/YY (Tab to CVC)</source>
        <translation>Caducidad como MM/AA (Tab a CVC)</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/AA</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>Código de seguridad</translation>
    </message>
    <message>
        <source>The 3 or 4 digit security code (CVC), hidden as typed</source>
        <translation>El código de seguridad (CVC) de 3 o 4 cifras, oculto al escribirlo</translation>
    </message>
    <message>
        <source>CVC</source>
        <translation>CVC</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Billing postal code (optional)</source>
        <translation>Código postal de facturación (opcional)</translation>
    </message>
    <message>
        <source>Name on card</source>
        <translation>Nombre en la tarjeta</translation>
    </message>
    <message>
        <source>Name on card (optional)</source>
        <translation>Nombre en la tarjeta (opcional)</translation>
    </message>
    <message>
        <source>Expiry (MM/YY)</source>
        <translation>Caducidad (MM/AA)</translation>
    </message>
    <message>
        <source>Not needed (swiped)</source>
        <translation>No necesario (deslizada)</translation>
    </message>
    <message>
        <source>Optional for a swiped card: the security code is not on the stripe</source>
        <translation>Opcional con tarjeta deslizada: el código de seguridad no está en la banda magnética</translation>
    </message>
    <message>
        <source>brand not known yet</source>
        <translation>marca aún desconocida</translation>
    </message>
    <message>
        <source>✓ Number looks right</source>
        <translation>✓ El número parece correcto</translation>
    </message>
</context>
<context>
    <name>CardTokens</name>
    <message>
        <source>This Stripe test account takes only Stripe&apos;s test card numbers (for example 4242 4242 4242 4242).</source>
        <translation>Esta cuenta de prueba de Stripe solo acepta los números de tarjeta de prueba de Stripe (por ejemplo, 4242 4242 4242 4242).</translation>
    </message>
</context>
<context>
    <name>CardValidation</name>
    <message>
        <source>Card number is not valid, check the digits</source>
        <translation>El número de tarjeta no es válido, revise las cifras</translation>
    </message>
    <message>
        <source>Card could not be read, swipe again or key it in</source>
        <translation>No se pudo leer la tarjeta, vuelva a pasarla o teclee los datos</translation>
    </message>
    <message>
        <source>Enter the card number</source>
        <translation>Introduzca el número de tarjeta</translation>
    </message>
    <message>
        <source>Card number may contain only digits</source>
        <translation>El número de tarjeta solo puede contener cifras</translation>
    </message>
    <message>
        <source>Card number is incomplete</source>
        <translation>El número de tarjeta está incompleto</translation>
    </message>
    <message>
        <source>Enter the expiry as MM/YY</source>
        <translation>Introduzca la caducidad como MM/AA</translation>
    </message>
    <message>
        <source>Expiry month must be 01 to 12</source>
        <translation>El mes de caducidad debe ser de 01 a 12</translation>
    </message>
    <message>
        <source>Expiry is in the past</source>
        <translation>La fecha de caducidad ya ha pasado</translation>
    </message>
    <message>
        <source>Expiry is too far in the future</source>
        <translation>La caducidad es demasiado lejana</translation>
    </message>
    <message>
        <source>CVC must be {count} digits</source>
        <translation>El CVC debe tener {count} cifras</translation>
    </message>
    <message>
        <source>CVC must be {counts} or {last} digits</source>
        <translation>El CVC debe tener {counts} o {last} cifras</translation>
    </message>
    <message>
        <source>Card number has the wrong number of digits</source>
        <translation>El número de tarjeta no tiene el número de cifras correcto</translation>
    </message>
    <message>
        <source>Postal code looks wrong</source>
        <translation>El código postal no parece correcto</translation>
    </message>
    <message>
        <source>Name is too long</source>
        <translation>El nombre es demasiado largo</translation>
    </message>
    <message>
        <source>Name contains characters that cannot be printed</source>
        <translation>El nombre contiene caracteres que no se pueden imprimir</translation>
    </message>
    <message>
        <source>Keyed</source>
        <translation>Tecleada</translation>
    </message>
    <message>
        <source>Swiped</source>
        <translation>Deslizada</translation>
    </message>
    <message>
        <source>Card on file</source>
        <translation>Tarjeta guardada</translation>
    </message>
</context>
<context>
    <name>CashierMessages</name>
    <message>
        <source>Declined: insufficient funds. Ask for another card or a smaller amount.</source>
        <translation>Rechazada: fondos insuficientes. Pida otra tarjeta o un importe menor.</translation>
    </message>
    <message>
        <source>Declined: the card has expired. Check the expiry date or ask for another card.</source>
        <translation>Rechazada: la tarjeta ha caducado. Revise la fecha de caducidad o pida otra tarjeta.</translation>
    </message>
    <message>
        <source>Declined: the security code (CVC) is wrong. Check it with the customer and try again.</source>
        <translation>Rechazada: el código de seguridad (CVC) es incorrecto. Revíselo con el cliente e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The security code (CVC) is not valid. Check it and try again.</source>
        <translation>El código de seguridad (CVC) no es válido. Revíselo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The card number is wrong. Check it and key it in again.</source>
        <translation>El número de tarjeta es incorrecto. Revíselo y vuelva a teclearlo.</translation>
    </message>
    <message>
        <source>The card number is not valid. Check it and key it in again.</source>
        <translation>El número de tarjeta no es válido. Revíselo y vuelva a teclearlo.</translation>
    </message>
    <message>
        <source>The expiry month is not valid. Check the expiry date.</source>
        <translation>El mes de caducidad no es válido. Revise la fecha de caducidad.</translation>
    </message>
    <message>
        <source>The expiry year is not valid. Check the expiry date.</source>
        <translation>El año de caducidad no es válido. Revise la fecha de caducidad.</translation>
    </message>
    <message>
        <source>Declined: the postal code does not match. Check it and retry.</source>
        <translation>Rechazada: el código postal no coincide. Revíselo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The card could not be processed. Try once more; if it fails again, ask for another card.</source>
        <translation>No se pudo procesar la tarjeta. Inténtelo una vez más; si vuelve a fallar, pida otra tarjeta.</translation>
    </message>
    <message>
        <source>Declined: the card has reached its limit. Ask for another card.</source>
        <translation>Rechazada: la tarjeta ha alcanzado su límite. Pida otra tarjeta.</translation>
    </message>
    <message>
        <source>Declined too many times. Wait a while or ask for another card.</source>
        <translation>Rechazada demasiadas veces. Espere un rato o pida otra tarjeta.</translation>
    </message>
    <message>
        <source>(Stripe request {request})</source>
        <translation>(solicitud de Stripe {request})</translation>
    </message>
    <message>
        <source>Declined. Ask the customer for another card or another way to pay.</source>
        <translation>Rechazada. Pida al cliente otra tarjeta u otra forma de pago.</translation>
    </message>
    <message>
        <source>Card declined</source>
        <translation>Tarjeta rechazada</translation>
    </message>
    <message>
        <source>Nothing was charged.</source>
        <translation>No se ha cobrado nada.</translation>
    </message>
    <message>
        <source>Check the entry</source>
        <translation>Revise los datos</translation>
    </message>
    <message>
        <source>Checking payment status…</source>
        <translation>Comprobando el estado del pago…</translation>
    </message>
    <message>
        <source>The answer from Stripe was lost. Checking whether the payment went through — do not charge the card again.</source>
        <translation>Se perdió la respuesta de Stripe. Comprobando si el pago se realizó — no vuelva a cobrar a la tarjeta.</translation>
    </message>
    <message>
        <source>Still being checked</source>
        <translation>Aún en comprobación</translation>
    </message>
    <message>
        <source>An earlier payment for this order is still being checked with Stripe. Wait for its outcome; do not take the payment again.</source>
        <translation>Un pago anterior de este pedido aún se está comprobando con Stripe. Espere a su resultado; no vuelva a cobrar.</translation>
    </message>
    <message>
        <source>Not charged</source>
        <translation>No cobrado</translation>
    </message>
    <message>
        <source>Receipt not printed</source>
        <translation>Ticket no impreso</translation>
    </message>
    <message>
        <source>Keyed card entry is not enabled</source>
        <translation>La entrada manual de tarjetas no está activada</translation>
    </message>
    <message>
        <source>This Stripe account does not accept card numbers typed into the till. Stripe allows it only after the business asks Stripe for raw card data access and files a PCI self-assessment (SAQ D).</source>
        <translation>Esta cuenta de Stripe no acepta números de tarjeta tecleados en la caja. Stripe solo lo permite después de que el negocio solicite a Stripe acceso a los datos de tarjeta sin procesar y presente una autoevaluación PCI (SAQ D).</translation>
    </message>
    <message>
        <source>Stripe key refused</source>
        <translation>Clave de Stripe rechazada</translation>
    </message>
    <message>
        <source>Stripe did not accept this register&apos;s API key. A manager must check the keys in Setup.</source>
        <translation>Stripe no aceptó la clave API de esta caja. Un encargado debe revisar las claves en Configuración.</translation>
    </message>
    <message>
        <source>Key lacks a permission</source>
        <translation>A la clave le falta un permiso</translation>
    </message>
    <message>
        <source>This register&apos;s restricted key may not do this. A manager must grant the permission in Stripe.</source>
        <translation>La clave restringida de esta caja no permite hacer esto. Un encargado debe conceder el permiso en Stripe.</translation>
    </message>
    <message>
        <source>Stripe unreachable</source>
        <translation>Sin conexión con Stripe</translation>
    </message>
    <message>
        <source>Could not reach Stripe.</source>
        <translation>No se pudo conectar con Stripe.</translation>
    </message>
    <message>
        <source>Check the network and try again.</source>
        <translation>Revise la red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Stripe is busy</source>
        <translation>Stripe está ocupado</translation>
    </message>
    <message>
        <source>Stripe asked the till to slow down. Wait a moment and try again.</source>
        <translation>Stripe ha pedido a la caja que reduzca el ritmo. Espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Customer deleted</source>
        <translation>Cliente eliminado</translation>
    </message>
    <message>
        <source>This customer has been deleted, on another till or in the Stripe Dashboard. Nothing was charged, and they are taken off the list.</source>
        <translation>Este cliente se ha eliminado, en otra caja o en el Dashboard de Stripe. No se ha cobrado nada y se quita de la lista.</translation>
    </message>
    <message>
        <source>Payment needs checking</source>
        <translation>Hay que revisar el pago</translation>
    </message>
    <message>
        <source>Stripe saw this payment attempt with different details. Ask a manager to check today&apos;s history before charging again.</source>
        <translation>Stripe recibió este intento de pago con otros datos. Pida a un encargado que revise el historial de hoy antes de volver a cobrar.</translation>
    </message>
    <message>
        <source>Stripe refused the request: “{reason}”.</source>
        <translation>Stripe rechazó la solicitud: «{reason}».</translation>
    </message>
    <message>
        <source>Stripe refused the request.</source>
        <translation>Stripe rechazó la solicitud.</translation>
    </message>
    <message>
        <source>Stripe refused the request</source>
        <translation>Stripe rechazó la solicitud</translation>
    </message>
    <message>
        <source>Setup needed</source>
        <translation>Falta configuración</translation>
    </message>
    <message>
        <source>Stripe error</source>
        <translation>Error de Stripe</translation>
    </message>
    <message>
        <source>Stripe reported an error.</source>
        <translation>Stripe informó de un error.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>An unexpected error happened. The details are in the log.</source>
        <translation>Se produjo un error inesperado. Los detalles están en el registro.</translation>
    </message>
    <message>
        <source>This charge has already been refunded in full.</source>
        <translation>Este cobro ya se ha reembolsado por completo.</translation>
    </message>
    <message>
        <source>That is more than is left to refund on this charge.</source>
        <translation>Eso es más de lo que queda por reembolsar de este cobro.</translation>
    </message>
    <message>
        <source>The customer has disputed this charge with their bank; it cannot be refunded here. Answer the dispute in the Stripe Dashboard.</source>
        <translation>El cliente ha disputado este cobro con su banco; no se puede reembolsar aquí. Responda a la disputa en el Dashboard de Stripe.</translation>
    </message>
    <message>
        <source>Stripe does not know this charge (was it made with other keys?).</source>
        <translation>Stripe no reconoce este cobro (¿se hizo con otras claves?).</translation>
    </message>
    <message>
        <source>Nothing was refunded.</source>
        <translation>No se ha reembolsado nada.</translation>
    </message>
    <message>
        <source>Check the refund</source>
        <translation>Revise el reembolso</translation>
    </message>
    <message>
        <source>Checking the refund…</source>
        <translation>Comprobando el reembolso…</translation>
    </message>
    <message>
        <source>The answer from Stripe was lost and it is not known yet whether the refund went through. The till keeps checking; do not refund this charge again.</source>
        <translation>Se perdió la respuesta de Stripe y aún no se sabe si el reembolso se realizó. La caja sigue comprobándolo; no vuelva a reembolsar este cobro.</translation>
    </message>
    <message>
        <source>An earlier refund of this charge is still being checked with Stripe. Wait for its outcome before refunding again.</source>
        <translation>Un reembolso anterior de este cobro aún se está comprobando con Stripe. Espere a su resultado antes de volver a reembolsar.</translation>
    </message>
    <message>
        <source>Not refunded</source>
        <translation>No reembolsado</translation>
    </message>
    <message>
        <source>Stripe refused the refund</source>
        <translation>Stripe rechazó el reembolso</translation>
    </message>
    <message>
        <source>Stripe refused the refund.</source>
        <translation>Stripe rechazó el reembolso.</translation>
    </message>
</context>
<context>
    <name>ChargeDetailsDialog</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>requires action</source>
        <translation>requiere acción</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Charge details</source>
        <translation>Detalles del cobro</translation>
    </message>
    <message>
        <source>Print receipt again</source>
        <translation>Reimprimir ticket</translation>
    </message>
    <message>
        <source>Print the receipt again</source>
        <translation>Volver a imprimir el ticket</translation>
    </message>
    <message>
        <source>Show this charge&apos;s receipt to print it or save it as a PDF</source>
        <translation>Mostrar el ticket de este cobro para imprimirlo o guardarlo como PDF</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Reembolsar…</translation>
    </message>
    <message>
        <source>Refund this charge</source>
        <translation>Reembolsar este cobro</translation>
    </message>
    <message>
        <source>Give money back on this charge (manager PIN)</source>
        <translation>Devolver dinero de este cobro (PIN del encargado)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Cerrar detalles</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Refunds and customer could not be read: {reason}</source>
        <translation>No se pudieron leer los reembolsos ni el cliente: {reason}</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Stripe fee</source>
        <translation>Comisión de Stripe</translation>
    </message>
    <message>
        <source>After the fee</source>
        <translation>Tras la comisión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Seller message</source>
        <translation>Mensaje al vendedor</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Decline code</source>
        <translation>Código de rechazo</translation>
    </message>
    <message>
        <source>Failure message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Card expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Walk-in: no saved customer.</source>
        <translation>Cliente ocasional: sin cliente guardado.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Reading from Stripe…</source>
        <translation>Leyendo de Stripe…</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
</context>
<context>
    <name>ChargePage</name>
    <message>
        <source>Type an amount, then press Enter to charge.</source>
        <translation>Escriba un importe y pulse Enter para cobrar.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Receipt e-mail</source>
        <translation>E-mail para el ticket</translation>
    </message>
    <message>
        <source>Type the amount: digits fill from the cents, a decimal point also works (Enter charges, Esc clears)</source>
        <translation>Escriba el importe: las cifras se rellenan desde los céntimos; también vale un separador decimal (Enter cobra, Esc borra)</translation>
    </message>
    <message>
        <source>Order number: the register&apos;s next number is taken when the card is charged; type one to match a paper order (Tab)</source>
        <translation>Número de pedido: se toma el siguiente número de la caja al cobrar la tarjeta; escriba uno para que coincida con un pedido en papel (Tab)</translation>
    </message>
    <message>
        <source>Next number, taken when charged</source>
        <translation>Siguiente número, asignado al cobrar</translation>
    </message>
    <message>
        <source>What was sold, shown on the receipt (optional, Tab)</source>
        <translation>Lo que se ha vendido, aparece en el ticket (opcional, Tab)</translation>
    </message>
    <message>
        <source>e.g. 2 coffees</source>
        <translation>p. ej., 2 cafés</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail for Stripe&apos;s receipt (optional, Tab)</source>
        <translation>E-mail del cliente para el ticket de Stripe (opcional, Tab)</translation>
    </message>
    <message>
        <source>customer@example.com</source>
        <comment>an example e-mail address</comment>
        <translation>cliente@example.com</translation>
    </message>
    <message>
        <source>Not sent in training mode</source>
        <translation>No se envía en modo de formación</translation>
    </message>
    <message>
        <source>Receipt e-mails are sent by Stripe for live charges only; training mode sends nothing</source>
        <translation>Stripe solo envía tickets por e-mail para cobros reales; el modo de formación no envía nada</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <source>Take the card payment for this amount (Enter)</source>
        <translation>Cobrar este importe con tarjeta (Enter)</translation>
    </message>
    <message>
        <source>Charge {amount}</source>
        <translation>Cobrar {amount}</translation>
    </message>
    <message>
        <source>Type the amount to charge.</source>
        <translation>Escriba el importe a cobrar.</translation>
    </message>
    <message>
        <source>{field}: {problem} Nothing was sent.</source>
        <translation>{field}: {problem} No se ha enviado nada.</translation>
    </message>
    <message>
        <source>Check the amount</source>
        <translation>Revise el importe</translation>
    </message>
    <message>
        <source>Charge {amount}?</source>
        <translation>¿Cobrar {amount}?</translation>
    </message>
    <message>
        <source>This is more than {limit}. Check the amount with the customer.</source>
        <translation>Supera {limit}. Confirme el importe con el cliente.</translation>
    </message>
    <message>
        <source>Change the amount</source>
        <translation>Cambiar el importe</translation>
    </message>
    <message>
        <source>Not charged. Correct the amount, then press Enter.</source>
        <translation>No se ha cobrado. Corrija el importe y pulse Enter.</translation>
    </message>
    <message>
        <source>Live mode</source>
        <translation>Modo real</translation>
    </message>
    <message>
        <source>This till is in LIVE mode. {amount} will be charged to a real card.</source>
        <translation>Esta caja está en modo REAL. Se cobrará un importe de {amount} a una tarjeta real.</translation>
    </message>
    <message>
        <source>Confirm once per day before the first live charge.</source>
        <translation>Confírmelo una vez al día antes del primer cobro real.</translation>
    </message>
    <message>
        <source>Charge {amount} for real</source>
        <translation>Cobrar {amount} de verdad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Live charge cancelled. Nothing was charged.</source>
        <translation>Cobro real cancelado. No se ha cobrado nada.</translation>
    </message>
    <message>
        <source>Live charging needs a manager&apos;s PIN, and none is set up. Nothing was charged.</source>
        <translation>Los cobros reales requieren el PIN de un encargado, y no hay ninguno configurado. No se ha cobrado nada.</translation>
    </message>
    <message>
        <source>Approve live charging for today: real cards, starting with {amount}.</source>
        <translation>Apruebe los cobros reales de hoy: tarjetas reales, empezando por {amount}.</translation>
    </message>
    <message>
        <source>Live charge not approved. Nothing was charged.</source>
        <translation>Cobro real no aprobado. No se ha cobrado nada.</translation>
    </message>
    <message>
        <source>Waiting for the card: {amount}</source>
        <translation>Esperando la tarjeta: {amount}</translation>
    </message>
    <message>
        <source>card</source>
        <comment>the card of an approved sale, when its number is not known</comment>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>Approved {amount} — {card} — order {order}</source>
        <translation>Aprobado {amount} — {card} — pedido {order}</translation>
    </message>
    <message>
        <source>Stripe e-mails its receipt to {email}.</source>
        <translation>Stripe envía su ticket por e-mail a {email}.</translation>
    </message>
    <message>
        <source>Not e-mailed to {email}: Stripe sends receipt e-mails for live charges only.</source>
        <translation>No se ha enviado a {email}: Stripe solo envía tickets por e-mail para cobros reales.</translation>
    </message>
    <message>
        <source>{message} Order {order} is still open.</source>
        <translation>{message} El pedido {order} sigue abierto.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was charged.</source>
        <translation>Cancelado. No se ha cobrado nada.</translation>
    </message>
</context>
<context>
    <name>Charging</name>
    <message>
        <source>This till charges in {currency}.</source>
        <translation>Esta caja cobra en {currency}.</translation>
    </message>
    <message>
        <source>Order numbers are up to 100 characters, no [ ].</source>
        <translation>Los números de pedido tienen como máximo 100 caracteres, sin [ ].</translation>
    </message>
    <message>
        <source>The description is too long (500 max).</source>
        <translation>La descripción es demasiado larga (máx. 500).</translation>
    </message>
</context>
<context>
    <name>Configuration</name>
    <message>
        <source>No Stripe secret key is configured; run the setup first.</source>
        <translation>No hay ninguna clave secreta de Stripe configurada; ejecute primero la configuración.</translation>
    </message>
    <message>
        <source>No Stripe keys are configured: run `pos-app` once to open the setup, or set POS_STRIPE_SECRET_KEY.</source>
        <translation>No hay claves de Stripe configuradas: ejecute `pos-app` una vez para abrir la configuración, o defina POS_STRIPE_SECRET_KEY.</translation>
    </message>
    <message>
        <source>{variable} must be 4 to 8 digits</source>
        <translation>{variable} debe tener de 4 a 8 dígitos</translation>
    </message>
    <message>
        <source>The stored time zone is not valid: {reason}</source>
        <translation>La zona horaria guardada no es válida: {reason}</translation>
    </message>
    <message>
        <source>{variable} is not valid: keep it under {limit} characters</source>
        <translation>{variable} no es válido: no supere los {limit} caracteres</translation>
    </message>
    <message>
        <source>{variable} is not valid: {reason}</source>
        <translation>{variable} no es válido: {reason}</translation>
    </message>
    <message>
        <source>{variable} holds a publishable key (pk_...); it needs the secret key (sk_live_/sk_test_) or a restricted key (rk_live_/rk_test_)</source>
        <translation>{variable} contiene una clave publicable (pk_...); se necesita la clave secreta (sk_live_/sk_test_) o una clave restringida (rk_live_/rk_test_)</translation>
    </message>
    <message>
        <source>The stored secret key holds a publishable key (pk_...); it needs the secret key (sk_live_/sk_test_) or a restricted key (rk_live_/rk_test_)</source>
        <translation>La clave secreta guardada es una clave publicable (pk_...); se necesita la clave secreta (sk_live_/sk_test_) o una clave restringida (rk_live_/rk_test_)</translation>
    </message>
    <message>
        <source>{variable} is not a Stripe secret key; expected one starting with sk_live_, sk_test_, rk_live_ or rk_test_</source>
        <translation>{variable} no es una clave secreta de Stripe; se espera una que empiece por sk_live_, sk_test_, rk_live_ o rk_test_</translation>
    </message>
    <message>
        <source>The stored secret key is not a Stripe secret key; expected one starting with sk_live_, sk_test_, rk_live_ or rk_test_</source>
        <translation>La clave secreta guardada no es una clave secreta de Stripe; se espera una que empiece por sk_live_, sk_test_, rk_live_ o rk_test_</translation>
    </message>
    <message>
        <source>{variable} is not a Stripe publishable key; expected one starting with pk_live_ or pk_test_</source>
        <translation>{variable} no es una clave publicable de Stripe; se espera una que empiece por pk_live_ o pk_test_</translation>
    </message>
    <message>
        <source>The stored publishable key is not a Stripe publishable key; expected one starting with pk_live_ or pk_test_</source>
        <translation>La clave publicable guardada no es una clave publicable de Stripe; se espera una que empiece por pk_live_ o pk_test_</translation>
    </message>
    <message>
        <source>{variable} and the secret key disagree: one is a test key, the other a live key</source>
        <translation>{variable} y la clave secreta no coinciden: una es una clave de prueba y la otra una clave live</translation>
    </message>
    <message>
        <source>The stored publishable key and the secret key disagree: one is a test key, the other a live key</source>
        <translation>La clave publicable guardada y la clave secreta no coinciden: una es una clave de prueba y la otra una clave live</translation>
    </message>
    <message>
        <source>{variable} must be an address such as {example}</source>
        <translation>{variable} debe ser una dirección como {example}</translation>
    </message>
    <message>
        <source>The training server&apos;s address is not valid: {address}</source>
        <translation>La dirección del servidor de formación no es válida: {address}</translation>
    </message>
    <message>
        <source>{variable} must use https unless it points at this computer</source>
        <translation>{variable} debe usar https, salvo que apunte a este equipo</translation>
    </message>
    <message>
        <source>The training server&apos;s address must use https unless it points at this computer: {address}</source>
        <translation>La dirección del servidor de formación debe usar https, salvo que apunte a este equipo: {address}</translation>
    </message>
    <message>
        <source>the manager PIN must be 4 to 8 digits</source>
        <translation>el PIN del encargado debe tener de 4 a 8 dígitos</translation>
    </message>
    <message>
        <source>use 1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit</source>
        <translation>use de 1 a 16 letras, dígitos, &apos;-&apos; o &apos;_&apos;, empezando por una letra o un dígito</translation>
    </message>
    <message>
        <source>use a three-letter currency code such as usd or eur</source>
        <translation>use un código de moneda de tres letras como usd o eur</translation>
    </message>
    <message>
        <source>use a locale name such as de_DE, or none for the system&apos;s</source>
        <translation>use un nombre de formato regional como de_DE, o ninguno para el del sistema</translation>
    </message>
    <message>
        <source>unknown time zone {zone}; use an IANA name such as Europe/Berlin</source>
        <translation>zona horaria desconocida {zone}; use un nombre IANA como Europe/Madrid</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>pos-app — unexpected error</source>
        <translation>pos-app — error inesperado</translation>
    </message>
    <message>
        <source>An unexpected error happened. The till keeps running; if something looks wrong, finish the current sale and restart the till.</source>
        <translation>Se produjo un error inesperado. La caja sigue funcionando; si algo parece ir mal, termine la venta actual y reinicie la caja.</translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>Los detalles están en el registro: {path}</translation>
    </message>
    <message>
        <source>The details are in the till&apos;s log (pos-app --self-check shows its folder).</source>
        <translation>Los detalles están en el registro de la caja (pos-app --self-check muestra su carpeta).</translation>
    </message>
    <message>
        <source>More errors since this one: {count}.</source>
        <translation>Más errores desde este: {count}.</translation>
    </message>
</context>
<context>
    <name>CustomerChargePanel</name>
    <message>
        <source>{name} was deleted on another till or in the Stripe Dashboard. Nothing was charged; they are no longer on the list.</source>
        <translation>{name} se eliminó en otra caja o en el Dashboard de Stripe. No se ha cobrado nada; ya no aparece en la lista.</translation>
    </message>
    <message>
        <source>Find a saved customer</source>
        <translation>Buscar un cliente guardado</translation>
    </message>
    <message>
        <source>Type part of a saved customer&apos;s name, e-mail or phone to charge their card on file</source>
        <translation>Escriba parte del nombre, e-mail o teléfono de un cliente guardado para cobrar a su tarjeta guardada</translation>
    </message>
    <message>
        <source>Saved customer? Type a name, e-mail or phone</source>
        <translation>¿Cliente guardado? Escriba nombre, e-mail o teléfono</translation>
    </message>
    <message>
        <source>Selected customer</source>
        <translation>Cliente seleccionado</translation>
    </message>
    <message>
        <source>The saved customer this sale is charged to</source>
        <translation>El cliente guardado al que se cobra esta venta</translation>
    </message>
    <message>
        <source>Repeat last order</source>
        <translation>Repetir último pedido</translation>
    </message>
    <message>
        <source>Fill in the amount and description of this customer&apos;s last order</source>
        <translation>Rellenar el importe y la descripción del último pedido de este cliente</translation>
    </message>
    <message>
        <source>Clear customer</source>
        <translation>Quitar cliente</translation>
    </message>
    <message>
        <source>Charge a walk-in customer instead (the card is keyed in)</source>
        <translation>Cobrar en su lugar a un cliente ocasional (la tarjeta se teclea)</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Tarjeta guardada</translation>
    </message>
    <message>
        <source>The saved card to charge; the customer&apos;s default comes first</source>
        <translation>La tarjeta guardada a la que cobrar; primero aparece la predeterminada del cliente</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Repeat</source>
        <comment>fill in the customer&apos;s last order</comment>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Charge {amount} to {card}</source>
        <translation>Cobrar {amount} a {card}</translation>
    </message>
    <message>
        <source>Charge to {card}</source>
        <translation>Cobrar a {card}</translation>
    </message>
    <message>
        <source>Type the amount, then press Enter to charge the saved card.</source>
        <translation>Escriba el importe y pulse Enter para cobrar a la tarjeta guardada.</translation>
    </message>
    <message>
        <source>Type an amount, then press Enter to charge.</source>
        <translation>Escriba un importe y pulse Enter para cobrar.</translation>
    </message>
    <message>
        <source>Could not load the customer&apos;s cards: {reason}</source>
        <translation>No se pudieron cargar las tarjetas del cliente: {reason}</translation>
    </message>
    <message>
        <source>No earlier order to repeat</source>
        <translation>No hay ningún pedido anterior que repetir</translation>
    </message>
    <message>
        <source>No card on file — add one on the Customers page</source>
        <translation>Sin tarjeta guardada — añada una en la página Clientes</translation>
    </message>
    <message>
        <source>exp. {expiry}</source>
        <translation>cad. {expiry}</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>CADUCADA</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>caduca pronto</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the customer&apos;s default card</comment>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>Charging {card}…</source>
        <translation>Cobrando a {card}…</translation>
    </message>
    <message>
        <source>Checking payment status… Do not charge the card again.</source>
        <translation>Comprobando el estado del pago… No vuelva a cobrar a la tarjeta.</translation>
    </message>
    <message>
        <source>Stripe has not confirmed this payment yet. Do not charge the card again: the order stays open and the till keeps checking. History shows the outcome.</source>
        <translation>Stripe aún no ha confirmado este pago. No vuelva a cobrar a la tarjeta: el pedido sigue abierto y la caja sigue comprobándolo. El resultado aparecerá en el Historial.</translation>
    </message>
    <message>
        <source>{message} Order {order} is still open.</source>
        <translation>{message} El pedido {order} sigue abierto.</translation>
    </message>
    <message>
        <source>Fill in {amount} — {description} (last order, {date})</source>
        <translation>Rellenar {amount} — {description} (último pedido, {date})</translation>
    </message>
    <message>
        <source>Fill in {amount} (last order, {date})</source>
        <translation>Rellenar {amount} (último pedido, {date})</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Their card is taken next and kept on file for their next orders.</source>
        <translation>A continuación se toma su tarjeta y se guarda para sus próximos pedidos.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>e.g. Ada Lovelace</source>
        <translation>p. ej., Ada Lovelace</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>e.g. oat milk, table 4</source>
        <translation>p. ej., leche de avena, mesa 4</translation>
    </message>
    <message>
        <source>The customer&apos;s name, as the till lists it (name or e-mail needed)</source>
        <translation>El nombre del cliente, tal como aparece en la caja (se necesita nombre o e-mail)</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail: finds them again quickly (name or e-mail needed)</source>
        <translation>El e-mail del cliente: permite encontrarlo rápidamente (se necesita nombre o e-mail)</translation>
    </message>
    <message>
        <source>The customer&apos;s phone number (optional)</source>
        <translation>El número de teléfono del cliente (opcional)</translation>
    </message>
    <message>
        <source>Anything worth remembering, kept at Stripe with the customer (optional)</source>
        <translation>Cualquier cosa que convenga recordar, guardada en Stripe con el cliente (opcional)</translation>
    </message>
    <message>
        <source>The customer agrees to keep their card on file</source>
        <translation>El cliente acepta que se guarde su tarjeta</translation>
    </message>
    <message>
        <source>{shop} may then charge it for their future orders. Who took the consent, when and at which register is kept with the customer at Stripe.</source>
        <translation>{shop} podrá entonces cargar en ella sus futuros pedidos. Quién recogió el consentimiento, cuándo y en qué caja se guarda con el cliente en Stripe.</translation>
    </message>
    <message>
        <source>This shop may then charge it for their future orders. Who took the consent, when and at which register is kept with the customer at Stripe.</source>
        <translation>Esta tienda podrá entonces cargar en ella sus futuros pedidos. Quién recogió el consentimiento, cuándo y en qué caja se guarda con el cliente en Stripe.</translation>
    </message>
    <message>
        <source>Card-on-file consent</source>
        <translation>Consentimiento para guardar la tarjeta</translation>
    </message>
    <message>
        <source>Tick only once the customer has said yes; who, when and which register are recorded</source>
        <translation>Marque solo cuando el cliente haya dicho que sí; se registra quién, cuándo y en qué caja</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save nothing (Esc)</source>
        <translation>No guardar nada (Esc)</translation>
    </message>
    <message>
        <source>Next: take the card</source>
        <translation>Siguiente: la tarjeta</translation>
    </message>
    <message>
        <source>Check the details, then key in the card to save (Enter)</source>
        <translation>Revise los datos y luego teclee la tarjeta que desea guardar (Enter)</translation>
    </message>
</context>
<context>
    <name>CustomerDirectory</name>
    <message>
        <source>Loading customers…</source>
        <translation>Cargando clientes…</translation>
    </message>
    <message>
        <source>Loading customers from Stripe… {count} so far</source>
        <translation>Cargando clientes de Stripe… {count} hasta ahora</translation>
    </message>
    <message>
        <source>{count} customers (saved copy). Could not refresh from Stripe: {reason}</source>
        <translation>{count} clientes (copia guardada). No se pudo actualizar desde Stripe: {reason}</translation>
    </message>
    <message>
        <source>Could not load customers: {reason}</source>
        <translation>No se pudieron cargar los clientes: {reason}</translation>
    </message>
    <message>
        <source>No saved customers yet.</source>
        <translation>Aún no hay clientes guardados.</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message numerus="yes">
        <source>{count} customers</source>
        <translation>
            <numerusform>{count} cliente</numerusform>
            <numerusform>{count} clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on this till&apos;s list: asking Stripe for “{query}”…</source>
        <translation>No está en la lista de esta caja: consultando a Stripe por «{query}»…</translation>
    </message>
    <message>
        <source>Found at Stripe: {count}</source>
        <translation>Encontrados en Stripe: {count}</translation>
    </message>
    <message>
        <source>No customer matches “{query}”, here or at Stripe.</source>
        <translation>Ningún cliente coincide con «{query}», ni aquí ni en Stripe.</translation>
    </message>
    <message>
        <source>Could not ask Stripe; showing this till&apos;s list only.</source>
        <translation>No se pudo consultar a Stripe; se muestra solo la lista de esta caja.</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>El cliente</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Type the customer&apos;s name or e-mail.</source>
        <translation>Escriba el nombre o el e-mail del cliente.</translation>
    </message>
    <message>
        <source>The name is too long (256 characters at most).</source>
        <translation>El nombre es demasiado largo (256 caracteres como máximo).</translation>
    </message>
    <message>
        <source>That e-mail address does not look right.</source>
        <translation>Esa dirección de e-mail no parece correcta.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - only, up to 20.</source>
        <translation>Use solo cifras, espacios y + ( ) -, hasta 20.</translation>
    </message>
    <message>
        <source>The note is too long (350 characters at most).</source>
        <translation>La nota es demasiado larga (350 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Tick the box once the customer has agreed to keep the card on file.</source>
        <translation>Marque la casilla cuando el cliente haya aceptado que se guarde la tarjeta.</translation>
    </message>
    <message>
        <source>This customer has been deleted.</source>
        <translation>Este cliente se ha eliminado.</translation>
    </message>
    <message>
        <source>This customer no longer exists at Stripe.</source>
        <translation>Este cliente ya no existe en Stripe.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Card saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Sort by name (click again to reverse)</source>
        <translation>Ordenar por nombre (clic de nuevo para invertir)</translation>
    </message>
    <message>
        <source>Sort by e-mail (click again to reverse)</source>
        <translation>Ordenar por e-mail (clic de nuevo para invertir)</translation>
    </message>
    <message>
        <source>Sort by phone (click again to reverse)</source>
        <translation>Ordenar por teléfono (clic de nuevo para invertir)</translation>
    </message>
    <message>
        <source>Sort by card (click again to reverse)</source>
        <translation>Ordenar por tarjeta (clic de nuevo para invertir)</translation>
    </message>
    <message>
        <source>Sort by expires (click again to reverse)</source>
        <translation>Ordenar por caducidad (clic de nuevo para invertir)</translation>
    </message>
    <message>
        <source>Sort by card saved (click again to reverse)</source>
        <translation>Ordenar por fecha de guardado (clic de nuevo para invertir)</translation>
    </message>
    <message>
        <source>This card has expired ({expiry}): ask for another card</source>
        <translation>Esta tarjeta ha caducado ({expiry}): pida otra tarjeta</translation>
    </message>
    <message>
        <source>This card expires {expiry}, this month or next: ask for a new one soon</source>
        <translation>Esta tarjeta caduca en {expiry}, este mes o el siguiente: pida una nueva pronto</translation>
    </message>
    <message>
        <source>{card}: the default card, charged unless another is chosen</source>
        <translation>{card}: la tarjeta predeterminada, se cobra a menos que se elija otra</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>Sin tarjeta</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>{expiry} soon</source>
        <translation>{expiry} pronto</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>{name} was deleted on another till or in the Stripe Dashboard, and is no longer on the list.</source>
        <translation>{name} se eliminó en otra caja o en el Dashboard de Stripe y ya no aparece en la lista.</translation>
    </message>
    <message>
        <source>Card · saved on</source>
        <translation>Tarjeta · desde</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Type part of a name, e-mail or phone number (Ctrl+F; Enter picks the first)</source>
        <translation>Escriba parte de un nombre, e-mail o teléfono (Ctrl+F; Enter elige el primero)</translation>
    </message>
    <message>
        <source>Search by name, e-mail or phone</source>
        <translation>Buscar por nombre, e-mail o teléfono</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Save a new customer with their card on file (Ctrl+N)</source>
        <translation>Guardar un nuevo cliente con su tarjeta (Ctrl+N)</translation>
    </message>
    <message>
        <source>Saved customers; click a heading to sort, Enter charges the selected customer</source>
        <translation>Clientes guardados; haga clic en un encabezado para ordenar, Enter cobra al cliente seleccionado</translation>
    </message>
    <message>
        <source>Saved customers are not available on this till.</source>
        <translation>Los clientes guardados no están disponibles en esta caja.</translation>
    </message>
    <message>
        <source>Saved cards</source>
        <translation>Tarjetas guardadas</translation>
    </message>
    <message>
        <source>The customer&apos;s cards on file; the default is charged unless another is chosen</source>
        <translation>Las tarjetas guardadas del cliente; se cobra a la predeterminada a menos que se elija otra</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Save another card for this customer</source>
        <translation>Guardar otra tarjeta para este cliente</translation>
    </message>
    <message>
        <source>Set default</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Charge the selected card unless another is chosen</source>
        <translation>Cobrar a la tarjeta seleccionada a menos que se elija otra</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button: remove the selected card</comment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected card (asks first)</source>
        <translation>Quitar la tarjeta seleccionada (pide confirmación)</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <source>Charge this customer</source>
        <translation>Cobrar a este cliente</translation>
    </message>
    <message>
        <source>Ring up a sale for this customer on a saved card, no card needed (Enter)</source>
        <translation>Registrar una venta para este cliente con una tarjeta guardada, sin necesidad de la tarjeta física (Enter)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete this customer and their cards for good (manager PIN)</source>
        <translation>Eliminar definitivamente este cliente y sus tarjetas (PIN del encargado)</translation>
    </message>
    <message>
        <source>No customer matches “{query}”.</source>
        <translation>Ningún cliente coincide con «{query}».</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Cargando clientes…</translation>
    </message>
    <message>
        <source>Could not load customers. {reason}</source>
        <translation>No se pudieron cargar los clientes. {reason}</translation>
    </message>
    <message>
        <source>No saved customers yet.
Press New customer to keep a regular&apos;s card on file.</source>
        <translation>Aún no hay clientes guardados.
Pulse Nuevo cliente para guardar la tarjeta de un cliente habitual.</translation>
    </message>
    <message>
        <source>{shown} of {count} customers</source>
        <translation>{shown} de {count} clientes</translation>
    </message>
    <message>
        <source>Loading cards…</source>
        <translation>Cargando tarjetas…</translation>
    </message>
    <message>
        <source>Could not load the cards. {reason}</source>
        <translation>No se pudieron cargar las tarjetas. {reason}</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Ningún cliente seleccionado</translation>
    </message>
    <message>
        <source>Pick a customer on the left to see their saved cards.</source>
        <translation>Elija un cliente a la izquierda para ver sus tarjetas guardadas.</translation>
    </message>
    <message>
        <source>No card on file. Add one to charge this customer.</source>
        <translation>No hay ninguna tarjeta guardada. Añada una para cobrar a este cliente.</translation>
    </message>
    <message>
        <source>Charge {name}</source>
        <translation>Cobrar a {name}</translation>
    </message>
    <message>
        <source>{expiry}
expired</source>
        <translation>{expiry}
caducada</translation>
    </message>
    <message>
        <source>{expiry}
soon</source>
        <translation>{expiry}
pronto</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>the customer&apos;s default card</comment>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Saved on {date} by {cashier} at register {register}, with the customer&apos;s consent</source>
        <translation>Guardada el {date} por {cashier} en la caja {register}, con el consentimiento del cliente</translation>
    </message>
    <message>
        <source>Saved on {date} by {cashier}, with the customer&apos;s consent</source>
        <translation>Guardada el {date} por {cashier}, con el consentimiento del cliente</translation>
    </message>
    <message>
        <source>Saved on {date} at register {register}, with the customer&apos;s consent</source>
        <translation>Guardada el {date} en la caja {register}, con el consentimiento del cliente</translation>
    </message>
    <message>
        <source>Saved on {date}, with the customer&apos;s consent</source>
        <translation>Guardada el {date}, con el consentimiento del cliente</translation>
    </message>
    <message>
        <source>This card has expired: ask for another card</source>
        <translation>Esta tarjeta ha caducado: pida otra tarjeta</translation>
    </message>
    <message>
        <source>This card expires this month or next</source>
        <translation>Esta tarjeta caduca este mes o el siguiente</translation>
    </message>
    <message>
        <source>Charged when no other card is chosen</source>
        <translation>Se cobra si no se elige otra tarjeta</translation>
    </message>
    <message>
        <source>Saved {name} with {card}.</source>
        <translation>Se ha guardado a {name} con {card}.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Se ha guardado a {name}.</translation>
    </message>
    <message>
        <source>Making it the default…</source>
        <translation>Haciéndola predeterminada…</translation>
    </message>
    <message>
        <source>this card</source>
        <translation>esta tarjeta</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Quitar tarjeta</translation>
    </message>
    <message>
        <source>Remove {card} from {name}&apos;s saved cards?</source>
        <translation>¿Quitar {card} de las tarjetas guardadas de {name}?</translation>
    </message>
    <message>
        <source>It can be saved again later only with the card in hand.</source>
        <translation>Solo se podrá volver a guardar más adelante con la tarjeta en mano.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation>Quitando la tarjeta…</translation>
    </message>
    <message>
        <source>{card} is now the default card.</source>
        <translation>{card} es ahora la tarjeta predeterminada.</translation>
    </message>
    <message>
        <source>{card} saved.</source>
        <translation>{card} guardada.</translation>
    </message>
    <message>
        <source>Card saved.</source>
        <translation>Tarjeta guardada.</translation>
    </message>
    <message>
        <source>{card} removed.</source>
        <translation>Se ha quitado {card}.</translation>
    </message>
    <message>
        <source>Card removed.</source>
        <translation>Se ha quitado la tarjeta.</translation>
    </message>
    <message>
        <source>{card} made the default.</source>
        <translation>{card} es ahora la predeterminada.</translation>
    </message>
    <message>
        <source>Card made the default.</source>
        <translation>La tarjeta es ahora la predeterminada.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Delete {name} and their saved cards for good. Reason: {reason}</source>
        <translation>Eliminar definitivamente a {name} y sus tarjetas guardadas. Motivo: {reason}</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <source>Deleting the customer…</source>
        <translation>Eliminando el cliente…</translation>
    </message>
    <message>
        <source>{name} was deleted, with their saved cards.</source>
        <translation>Se ha eliminado a {name}, con sus tarjetas guardadas.</translation>
    </message>
    <message>
        <source>{name} was deleted.</source>
        <translation>Se ha eliminado a {name}.</translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <source>succeeded</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <source>partly refunded</source>
        <translation>reembolsado en parte</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>refund of an earlier sale</source>
        <translation>reembolso de una venta anterior</translation>
    </message>
</context>
<context>
    <name>DayTotals</name>
    <message>
        <source>(none)</source>
        <comment>no cashier, register or card</comment>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Cobros</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correctos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>No charges on this day.</source>
        <translation>No hay cobros en este día.</translation>
    </message>
    <message>
        <source>Stripe fees</source>
        <translation>Comisiones de Stripe</translation>
    </message>
    <message>
        <source>Refunds of earlier sales</source>
        <translation>Reembolsos de ventas anteriores</translation>
    </message>
    <message>
        <source>By card</source>
        <translation>Por tarjeta</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>Por cajero</translation>
    </message>
    <message>
        <source>By register</source>
        <translation>Por caja</translation>
    </message>
    <message>
        <source>This till&apos;s journal</source>
        <translation>Diario de esta caja</translation>
    </message>
    <message>
        <source>not compared: {reason}</source>
        <translation>no comparado: {reason}</translation>
    </message>
    <message>
        <source>nothing from this register on this day, in the journal or at Stripe</source>
        <translation>nada de esta caja en este día, ni en el diario ni en Stripe</translation>
    </message>
    <message>
        <source>agrees with Stripe on this register&apos;s charges and refunds: {count}</source>
        <translation>coincide con Stripe, cobros y reembolsos de esta caja: {count}</translation>
    </message>
    <message>
        <source>agrees with Stripe on this register&apos;s charges: {count}</source>
        <translation>coincide con Stripe, cobros de esta caja: {count}</translation>
    </message>
    <message>
        <source>journaled, not at Stripe: {items}</source>
        <translation>en el diario, no en Stripe: {items}</translation>
    </message>
    <message>
        <source>at Stripe, not journaled: {items}</source>
        <translation>en Stripe, no en el diario: {items}</translation>
    </message>
    <message>
        <source>different at Stripe: {items}</source>
        <translation>distintos en Stripe: {items}</translation>
    </message>
    <message>
        <source>and {count} more, {refunds} of them refunds</source>
        <translation>y {count} más, {refunds} de ellos reembolsos</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>still being checked: {count}</source>
        <translation>aún en comprobación: {count}</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(fallido)</translation>
    </message>
    <message>
        <source>(declined)</source>
        <translation>(rechazado)</translation>
    </message>
    <message>
        <source>refund {words}</source>
        <translation>reembolso {words}</translation>
    </message>
    <message>
        <source>not read: Stripe did not list them</source>
        <translation>no leídos: Stripe no los listó</translation>
    </message>
    <message>
        <source>{currency}: {count} · {amount}</source>
        <translation>{currency}: {count} · {amount}</translation>
    </message>
    <message>
        <source>after fees and refunds {amount}</source>
        <translation>tras comisiones y reembolsos {amount}</translation>
    </message>
    <message>
        <source>not shown: the API key may not read balance transactions</source>
        <translation>no se muestran: la clave API no puede leer los movimientos de saldo</translation>
    </message>
    <message>
        <source>charges without Stripe&apos;s figures yet: {count}</source>
        <translation>cobros aún sin las cifras de Stripe: {count}</translation>
    </message>
</context>
<context>
    <name>DeleteCustomerDialog</name>
    <message>
        <source>Delete customer</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>¿Eliminar a {name}?</translation>
    </message>
    <message>
        <source>{name} and all their saved cards are deleted at Stripe for good; this cannot be undone. Their past payments stay in the history. A manager approves it with the PIN.</source>
        <translation>{name} y todas sus tarjetas guardadas se eliminan definitivamente de Stripe; no se puede deshacer. Sus pagos anteriores se quedan en el historial. Un encargado lo aprueba con el PIN.</translation>
    </message>
    <message>
        <source>{name} and their details are deleted at Stripe for good; this cannot be undone. Their past payments stay in the history. A manager approves it with the PIN.</source>
        <translation>{name} y sus datos se eliminan definitivamente de Stripe; no se puede deshacer. Sus pagos anteriores se quedan en el historial. Un encargado lo aprueba con el PIN.</translation>
    </message>
    <message>
        <source>Why is the customer deleted?</source>
        <translation>¿Por qué se elimina el cliente?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why the customer is deleted; kept in the audit trail (Enter continues)</source>
        <translation>Por qué se elimina el cliente; se guarda en el registro de auditoría (Enter continúa)</translation>
    </message>
    <message>
        <source>e.g. the customer asked to be removed</source>
        <translation>p. ej., el cliente pidió que lo eliminaran</translation>
    </message>
    <message>
        <source>Keep the customer</source>
        <translation>Conservar el cliente</translation>
    </message>
    <message>
        <source>Delete nothing (Esc)</source>
        <translation>No eliminar nada (Esc)</translation>
    </message>
    <message>
        <source>Delete — manager PIN</source>
        <translation>Eliminar — PIN del encargado</translation>
    </message>
    <message>
        <source>Delete, with the manager&apos;s PIN</source>
        <translation>Eliminar, con el PIN del encargado</translation>
    </message>
    <message>
        <source>Ask the manager for the PIN to delete this customer (Enter)</source>
        <translation>Pida al encargado el PIN para eliminar este cliente (Enter)</translation>
    </message>
    <message>
        <source>Say in a few words why the customer is deleted.</source>
        <translation>Indique en pocas palabras por qué se elimina el cliente.</translation>
    </message>
</context>
<context>
    <name>EmailReceiptRow</name>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation>E-mail del cliente</translation>
    </message>
    <message>
        <source>Stripe e-mails the receipt to this address (Enter sends)</source>
        <translation>Stripe envía el ticket por e-mail a esta dirección (Enter envía)</translation>
    </message>
    <message>
        <source>E-mail receipt</source>
        <translation>Ticket por e-mail</translation>
    </message>
    <message>
        <source>Ask Stripe to e-mail the receipt to the customer</source>
        <translation>Pedir a Stripe que envíe el ticket por e-mail al cliente</translation>
    </message>
    <message>
        <source>{problem} Nothing was sent.</source>
        <translation>{problem} No se ha enviado nada.</translation>
    </message>
    <message>
        <source>Asking Stripe to e-mail the receipt to {address}…</source>
        <translation>Pidiendo a Stripe que envíe el ticket por e-mail a {address}…</translation>
    </message>
    <message>
        <source>Stripe e-mails the receipt to {address}.</source>
        <translation>Stripe envía el ticket por e-mail a {address}.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>The load was stopped.</source>
        <translation>Se detuvo la carga.</translation>
    </message>
    <message>
        <source>The customer could not be read (deleted, or Stripe did not answer).</source>
        <translation>No se pudo leer el cliente (eliminado, o Stripe no respondió).</translation>
    </message>
    <message>
        <source>Receipts are not available on this till.</source>
        <translation>Los tickets no están disponibles en esta caja.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{amount} refunded</source>
        <translation>{amount} reembolsado</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Manager approval needed</source>
        <translation>Se necesita aprobación del encargado</translation>
    </message>
    <message>
        <source>Enter manager PIN</source>
        <translation>PIN del encargado</translation>
    </message>
    <message>
        <source>Show the day&apos;s charges and totals after the manager&apos;s PIN</source>
        <translation>Mostrar los cobros y totales del día tras el PIN del encargado</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>The day to list, in the shop&apos;s time zone (Alt+Down opens the calendar)</source>
        <translation>El día que se muestra, en la zona horaria de la tienda (Alt+Down abre el calendario)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the day from Stripe again (F5)</source>
        <translation>Volver a leer el día de Stripe (F5)</translation>
    </message>
    <message>
        <source>Loading the day</source>
        <translation>Cargando el día</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Save the day&apos;s charges as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation>Guardar los cobros del día como archivo CSV para una hoja de cálculo (Ctrl+E)</translation>
    </message>
    <message>
        <source>CSV…</source>
        <comment>the Export CSV button, in a short toolbar</comment>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Reembolsar…</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <source>Give money back on the selected charge (manager PIN)</source>
        <translation>Devolver dinero del cobro seleccionado (PIN del encargado)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Show one status</source>
        <translation>Mostrar un estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Cashier filter</source>
        <translation>Filtro de cajero</translation>
    </message>
    <message>
        <source>Show one cashier</source>
        <translation>Mostrar un cajero</translation>
    </message>
    <message>
        <source>Register filter</source>
        <translation>Filtro de caja</translation>
    </message>
    <message>
        <source>Show one register</source>
        <translation>Mostrar una caja</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find charges by order, card, customer, description or charge id (Ctrl+F)</source>
        <translation>Buscar cobros por pedido, tarjeta, cliente, descripción o ID de cobro (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search order, card, customer, description…</source>
        <translation>Buscar pedido, tarjeta, cliente, descripción…</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>caption of the history&apos;s filters</comment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Day totals</source>
        <translation>Totales del día</translation>
    </message>
    <message>
        <source>Charges of the day</source>
        <translation>Cobros del día</translation>
    </message>
    <message>
        <source>Every register&apos;s charges of the day; double-click (or Enter) for details</source>
        <translation>Cobros del día de todas las cajas; doble clic (o Enter) para ver detalles</translation>
    </message>
    <message>
        <source>The day&apos;s history is not available on this till.</source>
        <translation>El historial del día no está disponible en esta caja.</translation>
    </message>
    <message>
        <source>Manager approval is not set up on this till, so the history stays closed.</source>
        <translation>La aprobación del encargado no está configurada en esta caja, así que el historial sigue cerrado.</translation>
    </message>
    <message>
        <source>The day&apos;s charges, totals and refunds are for the manager. Enter the manager&apos;s PIN to open them.</source>
        <translation>Los cobros, totales y reembolsos del día son para el encargado. Introduzca el PIN del encargado para abrirlos.</translation>
    </message>
    <message>
        <source>Open the day&apos;s charges, totals and refunds.</source>
        <translation>Abrir los cobros, totales y reembolsos del día.</translation>
    </message>
    <message>
        <source>Reading {day} from Stripe…</source>
        <translation>Leyendo {day} de Stripe…</translation>
    </message>
    <message>
        <source>Reading from Stripe… {count} charges so far</source>
        <translation>Leyendo de Stripe… {count} cobros hasta ahora</translation>
    </message>
    <message>
        <source>1 charge</source>
        <translation>1 cobro</translation>
    </message>
    <message numerus="yes">
        <source>{count} charges</source>
        <translation>
            <numerusform>{count} cobro</numerusform>
            <numerusform>{count} cobros</numerusform>
        </translation>
    </message>
    <message>
        <source>a {hours}-hour day (the clocks changed)</source>
        <translation>un día de {hours} horas (cambio de hora)</translation>
    </message>
    <message>
        <source>Could not read the day from Stripe. {reason}</source>
        <translation>No se pudo leer el día de Stripe. {reason}</translation>
    </message>
    <message>
        <source>Could not load the day&apos;s charges. {reason} Press Refresh to try again.</source>
        <translation>No se pudieron cargar los cobros del día. {reason} Pulse Actualizar para volver a intentarlo.</translation>
    </message>
    <message>
        <source>No charge of this day matches the filters.</source>
        <translation>Ningún cobro de este día coincide con los filtros.</translation>
    </message>
    <message>
        <source>No charges on this day.</source>
        <translation>No hay cobros en este día.</translation>
    </message>
    <message>
        <source>No charges yet.</source>
        <translation>Aún no hay cobros.</translation>
    </message>
    <message>
        <source>Any cashier</source>
        <translation>Cualquier cajero</translation>
    </message>
    <message>
        <source>Any register</source>
        <translation>Cualquier caja</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no cashier or register</comment>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Refunded {amount} on order {order}.</source>
        <translation>Reembolsado: {amount} del pedido {order}.</translation>
    </message>
    <message>
        <source>Export the day as CSV</source>
        <translation>Exportar el día como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved {count} charges to {path}</source>
        <translation>
            <numerusform>Se ha guardado {count} cobro en {path}</numerusform>
            <numerusform>Se han guardado {count} cobros en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the CSV file: {reason}</source>
        <translation>No se pudo guardar el archivo CSV: {reason}</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <source>Sales by hour</source>
        <translation>Ventas por hora</translation>
    </message>
    <message>
        <source>The day&apos;s takings (succeeded charges) hour by hour</source>
        <translation>La recaudación del día (cobros completados) hora a hora</translation>
    </message>
    <message>
        <source>No sales yet on this day.</source>
        <translation>Aún no hay ventas este día.</translation>
    </message>
    <message>
        <source>{total} in {currency} over the day; busiest hour {hour} with {busiest}.</source>
        <translation>{total} en {currency} a lo largo del día; hora de más ventas: {hour}, con {busiest}.</translation>
    </message>
    <message>
        <source>Sales by hour ({currency})</source>
        <translation>Ventas por hora ({currency})</translation>
    </message>
    <message>
        <source>No sales on this day yet</source>
        <translation>Aún no hay ventas este día</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete last digit</source>
        <translation>Borrar último dígito</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Borrar el último dígito (Backspace)</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>keypad: clear the amount</comment>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear amount</source>
        <translation>Borrar importe</translation>
    </message>
    <message>
        <source>Clear the amount (Esc or Delete)</source>
        <translation>Borrar el importe (Esc o Delete)</translation>
    </message>
    <message>
        <source>Keypad double zero</source>
        <translation>Teclado doble cero</translation>
    </message>
    <message>
        <source>Add two zeros (type 0 twice)</source>
        <translation>Añadir dos ceros (pulsar 0 dos veces)</translation>
    </message>
    <message>
        <source>Keypad {digit}</source>
        <translation>Teclado {digit}</translation>
    </message>
    <message>
        <source>Add the digit {digit} (key {digit})</source>
        <translation>Añadir el dígito {digit} (tecla {digit})</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>The till cannot start</source>
        <translation>La caja no puede iniciarse</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>No hay llavero disponible</translation>
    </message>
    <message>
        <source>Training mode needs no keys: it runs on a sandbox on this computer, with no real money. Keys can be added later in Settings.</source>
        <translation>El modo de formación no necesita claves: funciona con un entorno de pruebas en este equipo, sin dinero real. Las claves se pueden añadir más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>Start in training mode</source>
        <translation>Iniciar en modo de formación</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Starting the training sandbox…</source>
        <translation>Iniciando el entorno de pruebas de formación…</translation>
    </message>
    <message>
        <source>The training sandbox did not start</source>
        <translation>El entorno de pruebas de formación no se inició</translation>
    </message>
    <message>
        <source>Damaged files moved aside</source>
        <translation>Archivos dañados apartados</translation>
    </message>
    <message>
        <source>Resume payments (manager)</source>
        <translation>Reanudar los pagos (encargado)</translation>
    </message>
    <message>
        <source>Keep payments paused</source>
        <translation>Mantener los pagos en pausa</translation>
    </message>
    <message>
        <source>Resume payments after the journal was replaced. Check this register&apos;s recent payments in the Stripe Dashboard first.</source>
        <translation>Reanudar los pagos después de sustituir el diario. Compruebe primero los pagos recientes de esta caja en el Dashboard de Stripe.</translation>
    </message>
    <message>
        <source>Payments stay paused</source>
        <translation>Los pagos siguen en pausa</translation>
    </message>
    <message>
        <source>Payments resumed.</source>
        <translation>Pagos reanudados.</translation>
    </message>
    <message>
        <source>Some of the till&apos;s files could not be read. Nothing was deleted:</source>
        <translation>Algunos archivos de la caja no se pudieron leer. No se ha borrado nada:</translation>
    </message>
    <message>
        <source>The till started with the default settings: check the shop&apos;s details, register and currency in Setup, or copy them back from the moved file.</source>
        <translation>La caja se inició con los ajustes predeterminados: compruebe los datos del comercio, la caja y la moneda en la Configuración, o cópielos desde el archivo apartado.</translation>
    </message>
    <message>
        <source>All {count} attempts in it were carried over into a new journal; the {open} still unfinished are checked with Stripe.</source>
        <translation>Las {count} operaciones que contenía se pasaron a un diario nuevo; las {open} aún sin terminar se comprueban con Stripe.</translation>
    </message>
    <message>
        <source>Only {count} attempts in it could be read, so payments whose outcome was still unknown may be missing from the new journal.</source>
        <translation>Solo se pudieron leer {count} operaciones: pueden faltar en el diario nuevo pagos cuyo resultado aún no se conocía.</translation>
    </message>
    <message>
        <source>Nothing in it could be read, so payments whose outcome was still unknown may be missing from the new journal.</source>
        <translation>No se pudo leer nada: pueden faltar en el diario nuevo pagos cuyo resultado aún no se conocía.</translation>
    </message>
    <message>
        <source>The journal was replaced on {when} UTC; the damaged one is at {place}.</source>
        <translation>El diario se sustituyó el {when} UTC; el dañado está en {place}.</translation>
    </message>
    <message>
        <source>Payments are paused. Before resuming, a manager checks this register&apos;s payments of the last days in the Stripe Dashboard (each shows its order number) so that no customer is charged twice, then chooses Resume payments.</source>
        <translation>Los pagos están en pausa. Antes de reanudarlos, un encargado revisa los pagos de los últimos días de esta caja en el Dashboard de Stripe (cada uno muestra su número de pedido) para que no se cobre dos veces a ningún cliente, y después elige Reanudar los pagos.</translation>
    </message>
    <message>
        <source>Keep the moved files: support can recover what they still hold.</source>
        <translation>Conserve los archivos apartados: el soporte puede recuperar lo que aún contienen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{business} — Till</source>
        <translation>{business} — Caja</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Till mode</source>
        <translation>Modo de la caja</translation>
    </message>
    <message>
        <source>Stripe test mode: test cards only, no real money moves</source>
        <translation>Modo de prueba de Stripe: solo tarjetas de prueba, no se mueve dinero real</translation>
    </message>
    <message>
        <source>Live mode: real cards are charged</source>
        <translation>Modo real: se cobra a tarjetas reales</translation>
    </message>
    <message>
        <source>Training sandbox: nothing leaves this computer</source>
        <translation>Entorno de formación: nada sale de este equipo</translation>
    </message>
    <message>
        <source>Till pages</source>
        <translation>Páginas de la caja</translation>
    </message>
    <message>
        <source>Charge</source>
        <comment>page tab: ring up a sale</comment>
        <translation>Cobrar</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Ring up a card payment (Ctrl+1)</source>
        <translation>Cobrar con tarjeta (Ctrl+1)</translation>
    </message>
    <message>
        <source>Customers (Ctrl+2)</source>
        <translation>Clientes (Ctrl+2)</translation>
    </message>
    <message>
        <source>Today&apos;s history (Ctrl+3)</source>
        <translation>Historial de hoy (Ctrl+3)</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Página {number}</translation>
    </message>
    <message>
        <source>&amp;Till</source>
        <translation>&amp;Caja</translation>
    </message>
    <message>
        <source>Till menu</source>
        <translation>Menú de la caja</translation>
    </message>
    <message>
        <source>Settings, full screen and quit (Alt+T)</source>
        <translation>Ajustes, pantalla completa y salir (Alt+C)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Business details, register, Stripe keys (manager PIN)</source>
        <translation>Datos del negocio, caja, claves de Stripe (PIN del encargado)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Fill the whole display, without title bar or task bar (F11)</source>
        <translation>Ocupar toda la pantalla, sin barra de título ni barra de tareas (F11)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close the till (Ctrl+Q); waits for a payment in flight</source>
        <translation>Cerrar la caja (Ctrl+Q); espera a que termine un pago en curso</translation>
    </message>
    <message>
        <source>Ready. TEST mode.</source>
        <translation>Listo. Modo de PRUEBA.</translation>
    </message>
    <message>
        <source>Ready. LIVE mode.</source>
        <translation>Listo. Modo REAL.</translation>
    </message>
    <message>
        <source>Ready. SANDBOX mode.</source>
        <translation>Listo. Modo SANDBOX.</translation>
    </message>
    <message>
        <source>Could not check unfinished payments with Stripe; they stay blocked and are checked again in a minute.</source>
        <translation>No se pudieron comprobar con Stripe los pagos sin terminar; siguen bloqueados y se volverán a comprobar dentro de un minuto.</translation>
    </message>
    <message>
        <source>Finish the payment first, then open the settings.</source>
        <translation>Termine primero el pago y después abra los ajustes.</translation>
    </message>
    <message>
        <source>Open the settings: business details, this register&apos;s name, the Stripe keys and training mode.</source>
        <translation>Abrir los ajustes: datos del negocio, nombre de esta caja, claves de Stripe y modo de formación.</translation>
    </message>
    <message>
        <source>Settings saved. They apply the next time the till starts.</source>
        <translation>Ajustes guardados. Se aplicarán la próxima vez que se inicie la caja.</translation>
    </message>
    <message>
        <source>A payment is in progress. The till closes once its outcome is known.</source>
        <translation>Hay un pago en curso. La caja se cerrará en cuanto se conozca el resultado.</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>That PIN is not right. {count} more tries before it locks.</source>
        <translation>El PIN no es correcto. Quedan {count} intentos antes del bloqueo.</translation>
    </message>
    <message>
        <source>That PIN is not right. One more try before it locks for five minutes.</source>
        <translation>El PIN no es correcto. Queda un intento antes de que se bloquee durante cinco minutos.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>El PIN no es correcto.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Manager approval is locked until {time}.</source>
        <translation>Demasiados PIN incorrectos. La aprobación del encargado está bloqueada hasta las {time}.</translation>
    </message>
    <message>
        <source>No manager PIN is set up; set one in the till&apos;s setup.</source>
        <translation>No hay ningún PIN de encargado configurado; defínalo en la configuración de la caja.</translation>
    </message>
</context>
<context>
    <name>ModeBadge</name>
    <message>
        <source>TEST MODE</source>
        <translation>MODO PRUEBA</translation>
    </message>
    <message>
        <source>LIVE MODE</source>
        <translation>MODO REAL</translation>
    </message>
    <message>
        <source>SANDBOX MODE</source>
        <translation>MODO SANDBOX</translation>
    </message>
    <message>
        <source>TEST</source>
        <comment>the mode in the badge of a narrow window</comment>
        <translation>PRUEBA</translation>
    </message>
    <message>
        <source>LIVE</source>
        <comment>the mode in the badge of a narrow window</comment>
        <translation>REAL</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <comment>the mode in the badge of a narrow window</comment>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>Register {register}</source>
        <translation>Caja {register}</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>Choose a three-letter currency code such as USD</source>
        <translation>Elija un código de moneda de tres letras, como USD</translation>
    </message>
    <message>
        <source>That amount is not in {currency}</source>
        <translation>Ese importe no está en {currency}</translation>
    </message>
    <message>
        <source>Type an amount such as {example}</source>
        <translation>Escriba un importe, como {example}</translation>
    </message>
    <message>
        <source>Enter an amount</source>
        <translation>Introduzca un importe</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>El importe no puede ser negativo</translation>
    </message>
    <message>
        <source>{currency} amounts have no decimal places</source>
        <translation>Los importes en {currency} no tienen decimales</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {count} decimals</source>
        <translation>Los importes en {currency} tienen como máximo {count} decimales</translation>
    </message>
    <message>
        <source>That amount is too large</source>
        <translation>Ese importe es demasiado grande</translation>
    </message>
    <message>
        <source>Use the digit keys only</source>
        <translation>Use solo las teclas numéricas</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero</source>
        <translation>Introduzca un importe mayor que cero</translation>
    </message>
    <message>
        <source>Card charges in {currency} must be a multiple of {step}</source>
        <translation>Los cobros con tarjeta en {currency} deben ser múltiplo de {step}</translation>
    </message>
    <message>
        <source>The minimum card charge is {amount}</source>
        <translation>El cobro mínimo con tarjeta es de {amount}</translation>
    </message>
    <message>
        <source>The maximum card charge is {amount}</source>
        <translation>El cobro máximo con tarjeta es de {amount}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Aprobación del encargado</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN del encargado</translation>
    </message>
    <message>
        <source>4 to 8 digits, hidden (Enter)</source>
        <translation>De 4 a 8 dígitos, oculto (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Do not approve (Esc)</source>
        <translation>No aprobar (Esc)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Check the PIN (Enter)</source>
        <translation>Comprobar el PIN (Enter)</translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation>El PIN tiene de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>Printers</name>
    <message>
        <source>the USB receipt printer {ids}</source>
        <translation>la impresora de tickets USB {ids}</translation>
    </message>
    <message>
        <source>the network receipt printer at {address}</source>
        <translation>la impresora de tickets de red en {address}</translation>
    </message>
    <message>
        <source>the receipt printer “{name}”</source>
        <translation>la impresora de tickets “{name}”</translation>
    </message>
    <message>
        <source>the printer “{name}”</source>
        <translation>la impresora “{name}”</translation>
    </message>
    <message>
        <source>the printer chosen in the print dialog</source>
        <translation>la impresora elegida en el diálogo de impresión</translation>
    </message>
    <message>
        <source>Type the printer&apos;s address, e.g. 192.168.1.50.</source>
        <translation>Escriba la dirección de la impresora, p. ej. 192.168.1.50.</translation>
    </message>
    <message>
        <source>That is not an address: use the printer&apos;s IP address or its name.</source>
        <translation>Eso no es una dirección: use la dirección IP de la impresora o su nombre.</translation>
    </message>
    <message>
        <source>Choose how receipts are printed.</source>
        <translation>Elija cómo se imprimen los tickets.</translation>
    </message>
    <message>
        <source>Choose the printer by its name.</source>
        <translation>Elija la impresora por su nombre.</translation>
    </message>
    <message>
        <source>That printer name cannot be used.</source>
        <translation>Ese nombre de impresora no se puede usar.</translation>
    </message>
    <message>
        <source>Type the vendor and product id as four hex digits each, e.g. 04b8:0202.</source>
        <translation>Escriba el id. de fabricante y el de producto con cuatro dígitos hexadecimales cada uno, p. ej. 04b8:0202.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 9100).</source>
        <translation>El puerto es un número del 1 al 65535 (normalmente 9100).</translation>
    </message>
    <message>
        <source>Printing on a thermal printer needs python-escpos, which is not installed. Install the till with its escpos extra (pip install &apos;pos-app[escpos]&apos;).</source>
        <translation>Para imprimir en una impresora térmica se necesita python-escpos, que no está instalado. Instale la caja con su extra escpos (pip install &apos;pos-app[escpos]&apos;).</translation>
    </message>
    <message>
        <source>A Windows receipt printer needs pywin32, which this computer does not have. Install the till with its escpos extra (pip install &apos;pos-app[escpos]&apos;).</source>
        <translation>Una impresora de tickets de Windows necesita pywin32, que este equipo no tiene. Instale la caja con su extra escpos (pip install &apos;pos-app[escpos]&apos;).</translation>
    </message>
    <message>
        <source>{printer} is not a thermal printer.</source>
        <translation>{printer} no es una impresora térmica.</translation>
    </message>
    <message>
        <source>{printer} cannot be used: {reason}</source>
        <translation>{printer} no se puede usar: {reason}</translation>
    </message>
    <message>
        <source>USB printing needs the libusb library, which this computer does not have. Install it, or use the printer through the system&apos;s printers.</source>
        <translation>Para imprimir por USB se necesita la biblioteca libusb, que este equipo no tiene. Instálela o use la impresora a través de las impresoras del sistema.</translation>
    </message>
    <message>
        <source>{printer} is not answering. Check that it is switched on and on the network, and that its address is right.</source>
        <translation>{printer} no responde. Compruebe que está encendida y conectada a la red, y que su dirección es correcta.</translation>
    </message>
    <message>
        <source>{printer} is not among this computer&apos;s printers. Check its name in Settings.</source>
        <translation>{printer} no está entre las impresoras de este equipo. Compruebe su nombre en Ajustes.</translation>
    </message>
    <message>
        <source>{printer} was not found. Check that it is switched on and its cable plugged in.</source>
        <translation>{printer} no se ha encontrado. Compruebe que está encendida y con el cable conectado.</translation>
    </message>
    <message>
        <source>{printer} stopped answering while printing ({error}). Check its power, cable and paper.</source>
        <translation>{printer} dejó de responder durante la impresión ({error}). Compruebe la alimentación, el cable y el papel.</translation>
    </message>
    <message>
        <source>{printer} is out of paper (or its cover is open). Put in a new roll, close the cover, and print again.</source>
        <translation>{printer} no tiene papel (o tiene la tapa abierta). Ponga un rollo nuevo, cierre la tapa y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation>Impreso en {printer}.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Payment complete</source>
        <translation>Pago completado</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>Ticket de reembolso</translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation>Vista previa del ticket</translation>
    </message>
    <message>
        <source>The receipt as it prints on an 80 mm roll</source>
        <translation>El ticket tal como se imprime en un rollo de 80 mm</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print the receipt: choose the printer (Ctrl+P)</source>
        <translation>Imprimir el ticket: elegir la impresora (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the receipt on {printer} (Ctrl+P)</source>
        <translation>Imprimir el ticket en {printer} (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimir ticket</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Guardar ticket como PDF</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF in the receipts folder (Ctrl+S)</source>
        <translation>Guardar el ticket como PDF en la carpeta de tickets (Ctrl+S)</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Close receipt</source>
        <translation>Cerrar ticket</translation>
    </message>
    <message>
        <source>Close the receipt and take the next order (Enter or Esc)</source>
        <translation>Cerrar el ticket y atender el siguiente pedido (Enter o Esc)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <source>Print the receipt again once the printer is fixed (Ctrl+P)</source>
        <translation>Volver a imprimir el ticket cuando la impresora esté arreglada (Ctrl+P)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Order&#xa0;{order}</source>
        <translation>Pedido&#xa0;{order}</translation>
    </message>
    <message>
        <source>Approved {amount} — {card} — order {order}</source>
        <translation>Aprobado {amount} — {card} — pedido {order}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Refund {order}</source>
        <translation>Reembolso {order}</translation>
    </message>
    <message>
        <source>Receipt {order}</source>
        <translation>Ticket {order}</translation>
    </message>
    <message>
        <source>Sent to the printer {printer}.</source>
        <translation>Enviado a la impresora {printer}.</translation>
    </message>
    <message>
        <source>Printing on {printer}…</source>
        <translation>Imprimiendo en {printer}…</translation>
    </message>
    <message>
        <source>Not printed. {why} Save the receipt as a PDF instead ({reason}).</source>
        <translation>No se ha impreso. {why} Guarde el ticket como PDF en su lugar ({reason}).</translation>
    </message>
    <message>
        <source>Not printed: save the receipt as a PDF.</source>
        <translation>No se ha impreso: guarde el ticket como PDF.</translation>
    </message>
    <message>
        <source>Not printed. {why} The receipt is saved as a PDF instead: {path}</source>
        <translation>No se ha impreso. {why} En su lugar, el ticket se ha guardado como PDF: {path}</translation>
    </message>
    <message>
        <source>Printed to {path}</source>
        <translation>Impreso en {path}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Printing… the receipt closes once it is printed.</source>
        <translation>Imprimiendo… el ticket se cerrará cuando esté impreso.</translation>
    </message>
</context>
<context>
    <name>ReceiptEmail</name>
    <message>
        <source>That e-mail address does not look right.</source>
        <translation>Esa dirección de correo electrónico no parece correcta.</translation>
    </message>
</context>
<context>
    <name>ReceiptFields</name>
    <message>
        <source>Print opens the print dialog each time, to choose the printer or a PDF.</source>
        <translation>“Imprimir” abre cada vez el diálogo de impresión, para elegir la impresora o un PDF.</translation>
    </message>
    <message>
        <source>Print sends the receipt to this printer at once, on an 80 mm page as long as the receipt. Set the printer&apos;s paper to an 80 mm roll in the system&apos;s settings.</source>
        <translation>“Imprimir” envía el ticket directamente a esta impresora, en una página de 80 mm tan larga como el ticket. Configure el papel de la impresora como rollo de 80 mm en los ajustes del sistema.</translation>
    </message>
    <message>
        <source>A thermal printer on USB, spoken to in ESC/POS. Its vendor and product ids are shown by lsusb (Linux) or Device Manager → Details → Hardware Ids (Windows).</source>
        <translation>Una impresora térmica por USB que usa ESC/POS. Sus id. de fabricante y de producto se ven con lsusb (Linux) o en Administrador de dispositivos → Detalles → Id. de hardware (Windows).</translation>
    </message>
    <message>
        <source>A thermal printer on the shop&apos;s network, spoken to in ESC/POS on its raw port (9100 unless its manual says otherwise). Give it a fixed address.</source>
        <translation>Una impresora térmica en la red de la tienda que usa ESC/POS por su puerto raw (9100, salvo que su manual indique otro). Asígnele una dirección fija.</translation>
    </message>
    <message>
        <source>A thermal printer installed in Windows (its driver or the Generic / Text Only one): the receipt is sent to it raw, in ESC/POS.</source>
        <translation>Una impresora térmica instalada en Windows (con su controlador o con el Genérico / Solo texto): el ticket se le envía en bruto, en ESC/POS.</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Número fiscal</translation>
    </message>
    <message>
        <source>The shop&apos;s VAT, GST or tax number, printed under the address (optional)</source>
        <translation>El NIF, número de IVA u otro número fiscal de la tienda, impreso bajo la dirección (opcional)</translation>
    </message>
    <message>
        <source>e.g. VAT GB123456789 (optional)</source>
        <translation>p. ej. NIF B12345678 (opcional)</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Pie del ticket</translation>
    </message>
    <message>
        <source>Printed at the bottom of every receipt: the returns policy, a thank-you; Enter starts a new line, Tab moves on</source>
        <translation>Se imprime al final de cada ticket: la política de devoluciones, un agradecimiento; Enter inicia una línea nueva, Tab pasa al siguiente campo</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Impresora de tickets</translation>
    </message>
    <message>
        <source>Where Print sends receipts (Alt+Down opens the list)</source>
        <translation>Dónde imprime los tickets el botón “Imprimir” (Alt+Down abre la lista)</translation>
    </message>
    <message>
        <source>Ask each time (the print dialog)</source>
        <translation>Preguntar cada vez (diálogo de impresión)</translation>
    </message>
    <message>
        <source>Thermal printer on USB</source>
        <translation>Impresora térmica USB</translation>
    </message>
    <message>
        <source>Thermal printer on the network</source>
        <translation>Impresora térmica en red</translation>
    </message>
    <message>
        <source>Windows printer, raw ESC/POS</source>
        <translation>Impresora de Windows, ESC/POS en bruto</translation>
    </message>
    <message>
        <source>USB ids</source>
        <translation>Id. USB</translation>
    </message>
    <message>
        <source>Vendor and product id, four hex digits each, e.g. 04b8:0202</source>
        <translation>Id. de fabricante y de producto, cuatro dígitos hexadecimales cada uno, p. ej. 04b8:0202</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Dirección de la impresora</translation>
    </message>
    <message>
        <source>The network printer&apos;s IP address or name, e.g. 192.168.1.50</source>
        <translation>La dirección IP o el nombre de la impresora de red, p. ej. 192.168.1.50</translation>
    </message>
    <message>
        <source>Printer port</source>
        <translation>Puerto de la impresora</translation>
    </message>
    <message>
        <source>The printer&apos;s raw port; empty is {port}</source>
        <translation>El puerto raw de la impresora; si se deja vacío, {port}</translation>
    </message>
    <message>
        <source>{port} (the usual)</source>
        <translation>{port} (el habitual)</translation>
    </message>
    <message>
        <source>Windows printer name</source>
        <translation>Nombre en Windows</translation>
    </message>
    <message>
        <source>The printer&apos;s name as Windows lists it in Printers &amp; scanners</source>
        <translation>El nombre de la impresora tal como aparece en Windows en «Impresoras y escáneres» (Printers &amp; scanners)</translation>
    </message>
    <message>
        <source>e.g. EPSON TM-T20III Receipt</source>
        <translation>p. ej. EPSON TM-T20III Receipt</translation>
    </message>
    <message>
        <source>Print every approved sale at once</source>
        <translation>Imprimir al momento cada venta aprobada</translation>
    </message>
    <message>
        <source>Print automatically</source>
        <translation>Imprimir automáticamente</translation>
    </message>
    <message>
        <source>The receipt prints as soon as a charge is approved (reprints only when asked)</source>
        <translation>El ticket se imprime en cuanto se aprueba un cobro (las reimpresiones, solo a petición)</translation>
    </message>
    <message>
        <source>Cut the paper after each receipt</source>
        <translation>Cortar el papel después de cada ticket</translation>
    </message>
    <message>
        <source>Cut the paper</source>
        <translation>Cortar el papel</translation>
    </message>
    <message>
        <source>Thermal printers with a cutter: cut right after the last line</source>
        <translation>Impresoras térmicas con cortador: cortar justo después de la última línea</translation>
    </message>
    <message>
        <source>Open the cash drawer with each sale&apos;s receipt</source>
        <translation>Abrir el cajón portamonedas con el ticket de cada venta</translation>
    </message>
    <message>
        <source>Open the cash drawer</source>
        <translation>Abrir el cajón</translation>
    </message>
    <message>
        <source>A drawer cabled to the thermal printer opens when a sale&apos;s receipt prints</source>
        <translation>Un cajón conectado a la impresora térmica se abre al imprimirse el ticket de una venta</translation>
    </message>
    <message>
        <source>What the receipt says</source>
        <translation>Contenido del ticket</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pie</translation>
    </message>
    <message>
        <source>The business name and address are on the first tab. The receipt also shows the card, how it was taken (keyed, swiped, card on file) and Stripe&apos;s receipt number or a short reference.</source>
        <translation>El nombre y la dirección del negocio están en la primera pestaña. El ticket también muestra la tarjeta, cómo se introdujo (tecleada, deslizada, guardada) y el número de recibo de Stripe o una referencia corta.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinting</name>
    <message>
        <source>Receipt roll 80 mm</source>
        <translation>Rollo de tickets de 80 mm</translation>
    </message>
    <message>
        <source>The printer “{printer}” would not start the receipt.</source>
        <translation>La impresora “{printer}” no pudo empezar el ticket.</translation>
    </message>
    <message>
        <source>The printer “{printer}” reported an error printing the receipt.</source>
        <translation>La impresora “{printer}” informó de un error al imprimir el ticket.</translation>
    </message>
    <message>
        <source>The printer “{printer}” is not among this computer&apos;s printers. Check that it is installed and switched on, or choose another one in Settings.</source>
        <translation>La impresora “{printer}” no está entre las impresoras de este equipo. Compruebe que está instalada y encendida, o elija otra en Ajustes.</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{mode} — NOT A REAL PAYMENT</source>
        <translation>{mode} — NO ES UN PAGO REAL</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Original order</source>
        <translation>Pedido original</translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation>Vendido el</translation>
    </message>
    <message>
        <source>Sale total</source>
        <translation>Total de la venta</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>N.º de recibo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Tax ID {tax_id}</source>
        <translation>N.º fiscal {tax_id}</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>REEMBOLSO</translation>
    </message>
    <message>
        <source>REFUNDED</source>
        <translation>REEMBOLSADO</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>REFUND PENDING</source>
        <translation>REEMBOLSO PENDIENTE</translation>
    </message>
    <message>
        <source>REFUND FAILED</source>
        <translation>REEMBOLSO FALLIDO</translation>
    </message>
    <message>
        <source>REFUND CANCELED</source>
        <translation>REEMBOLSO CANCELADO</translation>
    </message>
    <message>
        <source>APPROVED</source>
        <translation>APROBADO</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDO</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>PENDIENTE</translation>
    </message>
    <message>
        <source>PARTLY REFUNDED</source>
        <translation>REEMBOLSO PARCIAL</translation>
    </message>
    <message>
        <source>Thank you for your purchase!</source>
        <translation>¡Gracias por su compra!</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Requested by the customer</source>
        <translation>Solicitado por el cliente</translation>
    </message>
    <message>
        <source>Charged twice (duplicate)</source>
        <translation>Cobrado dos veces (duplicado)</translation>
    </message>
    <message>
        <source>Fraudulent payment</source>
        <translation>Pago fraudulento</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>Order {order} · {card}</source>
        <translation>Pedido {order} · {card}</translation>
    </message>
    <message>
        <source>Charged {amount} at {time} on {date}</source>
        <translation>Cobro de {amount} el {date} a las {time}</translation>
    </message>
    <message>
        <source>Already refunded: {amount}</source>
        <translation>Ya reembolsado: {amount}</translation>
    </message>
    <message>
        <source>Stripe keeps its fee of {fee} on a refund.</source>
        <translation>Stripe se queda su comisión de {fee} en un reembolso.</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Importe a reembolsar</translation>
    </message>
    <message>
        <source>How much goes back to the card: at most {amount} (all of it unless you change it)</source>
        <translation>Cuánto se devuelve a la tarjeta: como máximo {amount} (todo, salvo que lo cambie)</translation>
    </message>
    <message>
        <source>Up to {amount}: all that is left.</source>
        <translation>Hasta {amount}: todo lo que queda.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why the money goes back (sent to Stripe and kept in the audit log)</source>
        <translation>Por qué se devuelve el dinero (se envía a Stripe y se guarda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: what happened, in your own words (kept with the refund and in the audit log)</source>
        <translation>Opcional: qué ocurrió, con sus propias palabras (se guarda con el reembolso y en el registro de auditoría)</translation>
    </message>
    <message>
        <source>e.g. cup arrived broken</source>
        <translation>p. ej. la taza llegó rota</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Refund problem</source>
        <translation>Problema con el reembolso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel refund</source>
        <translation>Cancelar reembolso</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Volver (Esc)</translation>
    </message>
    <message>
        <source>Give the money back to the card; a manager&apos;s PIN is asked first (Enter)</source>
        <translation>Devolver el dinero a la tarjeta; antes se pide el PIN del encargado (Enter)</translation>
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation>Reembolsar {amount}</translation>
    </message>
    <message>
        <source>Manager approval is not available on this till. Nothing was sent.</source>
        <translation>La aprobación del encargado no está disponible en esta caja. No se ha enviado nada.</translation>
    </message>
    <message>
        <source>Refund {amount} of order {order}</source>
        <translation>Reembolso de {amount} del pedido {order}</translation>
    </message>
    <message>
        <source>{reason}: {note}</source>
        <translation>{reason}: {note}</translation>
    </message>
    <message>
        <source>Not approved. Nothing was refunded.</source>
        <translation>No aprobado. No se ha reembolsado nada.</translation>
    </message>
    <message>
        <source>Refunding {amount}…</source>
        <translation>Reembolsando {amount}…</translation>
    </message>
    <message>
        <source>The answer from Stripe was lost. Checking whether the refund went through — do not refund again.</source>
        <translation>Se perdió la respuesta de Stripe. Comprobando si el reembolso se realizó — no vuelva a reembolsar.</translation>
    </message>
    <message>
        <source>Refunded {amount}.</source>
        <translation>Se han reembolsado {amount}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The refund is on its way to Stripe. Wait for the outcome before closing.</source>
        <translation>El reembolso está en camino a Stripe. Espere el resultado antes de cerrar.</translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <source>Only a charge that went through can be refunded.</source>
        <translation>Solo se puede reembolsar un cobro que se haya completado.</translation>
    </message>
    <message>
        <source>This charge has already been refunded in full.</source>
        <translation>Este cobro ya se ha reembolsado por completo.</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Escriba un importe mayor que cero.</translation>
    </message>
    <message>
        <source>At most {amount} is left to refund on this charge.</source>
        <translation>Quedan como máximo {amount} por reembolsar de este cobro.</translation>
    </message>
    <message>
        <source>Pick the reason for the refund.</source>
        <translation>Elija el motivo del reembolso.</translation>
    </message>
    <message>
        <source>The note is too long (500 characters at most).</source>
        <translation>La nota es demasiado larga (500 caracteres como máximo).</translation>
    </message>
    <message>
        <source>The manager&apos;s approval is for another action; ask for it again.</source>
        <translation>La aprobación del encargado es para otra acción; vuelva a pedirla.</translation>
    </message>
</context>
<context>
    <name>SaveCardDialog</name>
    <message>
        <source>Stripe is saving the card. Wait for the outcome before closing.</source>
        <translation>Stripe está guardando la tarjeta. Espere el resultado antes de cerrar.</translation>
    </message>
    <message>
        <source>Save card on file</source>
        <translation>Guardar tarjeta del cliente</translation>
    </message>
    <message>
        <source>For {customer}</source>
        <translation>Para {customer}</translation>
    </message>
    <message>
        <source>Save card</source>
        <translation>Guardar tarjeta</translation>
    </message>
    <message>
        <source>Save this card for the customer&apos;s next orders (Enter)</source>
        <translation>Guardar esta tarjeta para los próximos pedidos del cliente (Enter)</translation>
    </message>
    <message>
        <source>The customer agrees to keep this card on file</source>
        <translation>El cliente acepta que se guarde esta tarjeta</translation>
    </message>
    <message>
        <source>{shop} may then charge it for their future orders; the consent is kept with the card.</source>
        <translation>{shop} podrá entonces cargar en ella sus futuros pedidos; el consentimiento se guarda con la tarjeta.</translation>
    </message>
    <message>
        <source>This shop may then charge it for their future orders; the consent is kept with the card.</source>
        <translation>Esta tienda podrá entonces cargar en ella sus futuros pedidos; el consentimiento se guarda con la tarjeta.</translation>
    </message>
    <message>
        <source>Card-on-file consent</source>
        <translation>Consentimiento para guardar la tarjeta</translation>
    </message>
    <message>
        <source>Tick only once the customer has said yes; it is recorded with the card</source>
        <translation>Márquela solo cuando el cliente haya dicho que sí; queda registrado con la tarjeta</translation>
    </message>
    <message>
        <source>Tick the consent box once the customer has agreed. Nothing was saved.</source>
        <translation>Marque la casilla de consentimiento cuando el cliente haya aceptado. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Saving card…</source>
        <translation>Guardando tarjeta…</translation>
    </message>
    <message>
        <source>Checking with Stripe… Do not save the card again.</source>
        <translation>Comprobando con Stripe… No vuelva a guardar la tarjeta.</translation>
    </message>
    <message>
        <source>Stripe has not confirmed this yet. Do not save the card again: the till keeps checking and the customer&apos;s list shows it once Stripe answers.</source>
        <translation>Stripe aún no lo ha confirmado. No vuelva a guardar la tarjeta: la caja sigue comprobándolo y la lista del cliente la mostrará cuando Stripe responda.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>This till takes real card payments (live keys).</source>
        <translation>Esta caja acepta pagos reales con tarjeta (claves live).</translation>
    </message>
    <message>
        <source>This till is in Stripe&apos;s test mode: test cards only, no real money.</source>
        <translation>Esta caja está en el modo de prueba de Stripe: solo tarjetas de prueba, sin dinero real.</translation>
    </message>
    <message>
        <source>This till is in training mode, on the sandbox.</source>
        <translation>Esta caja está en modo de formación, en el sandbox.</translation>
    </message>
    <message>
        <source>To leave it, choose this shop&apos;s Stripe account and paste its keys.</source>
        <translation>Para salir de él, elija la cuenta de Stripe de esta tienda y pegue sus claves.</translation>
    </message>
    <message>
        <source>Keys typed here are checked with Stripe before anything is saved.</source>
        <translation>Las claves escritas aquí se comprueban con Stripe antes de guardar nada.</translation>
    </message>
    <message>
        <source>The environment sets this till&apos;s business name or register (POS_BUSINESS_NAME, POS_REGISTER_ID); what is saved here applies without them.</source>
        <translation>Las variables de entorno fijan el nombre del negocio o de la caja (POS_BUSINESS_NAME, POS_REGISTER_ID); lo que se guarde aquí se aplica cuando no están definidas.</translation>
    </message>
</context>
<context>
    <name>SettledAttempts</name>
    <message>
        <source>The payment{which} went through: the customer paid.</source>
        <translation>El pago{which} se ha completado: el cliente ha pagado.</translation>
    </message>
    <message>
        <source>The payment{which} was declined: nothing was charged.</source>
        <translation>El pago{which} fue rechazado: no se ha cobrado nada.</translation>
    </message>
    <message>
        <source>The payment{which} never reached Stripe: nothing was charged.</source>
        <translation>El pago{which} nunca llegó a Stripe: no se ha cobrado nada.</translation>
    </message>
    <message>
        <source>The payment{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>El resultado del pago{which} aún no se conoce: no lo repita; la caja sigue comprobándolo.</translation>
    </message>
    <message>
        <source>The refund{which} went through: the money goes back to the card.</source>
        <translation>El reembolso{which} se ha completado: el dinero vuelve a la tarjeta.</translation>
    </message>
    <message>
        <source>The refund{which} was refused by the card&apos;s bank.</source>
        <translation>El banco de la tarjeta rechazó el reembolso{which}.</translation>
    </message>
    <message>
        <source>The refund{which} never reached Stripe: nothing was refunded.</source>
        <translation>El reembolso{which} nunca llegó a Stripe: no se ha reembolsado nada.</translation>
    </message>
    <message>
        <source>The refund{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>El resultado del reembolso{which} aún no se conoce: no lo repita; la caja sigue comprobándolo.</translation>
    </message>
    <message>
        <source>The new customer{which} went through: the customer is saved.</source>
        <translation>El alta de cliente{which} se ha completado: el cliente está guardado.</translation>
    </message>
    <message>
        <source>The new customer{which} was refused by the card&apos;s bank.</source>
        <translation>El banco de la tarjeta rechazó el alta de cliente{which}.</translation>
    </message>
    <message>
        <source>The new customer{which} never reached Stripe: nothing changed.</source>
        <translation>El alta de cliente{which} nunca llegó a Stripe: no ha cambiado nada.</translation>
    </message>
    <message>
        <source>The new customer{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>El resultado del alta de cliente{which} aún no se conoce: no la repita; la caja sigue comprobándolo.</translation>
    </message>
    <message>
        <source>The card saved for a customer{which} went through: the card is saved.</source>
        <translation>El registro de una tarjeta de cliente{which} se ha completado: la tarjeta está guardada.</translation>
    </message>
    <message>
        <source>The card saved for a customer{which} was refused by the card&apos;s bank.</source>
        <translation>El banco de la tarjeta rechazó el registro de una tarjeta de cliente{which}.</translation>
    </message>
    <message>
        <source>The card saved for a customer{which} never reached Stripe: nothing changed.</source>
        <translation>El registro de una tarjeta de cliente{which} nunca llegó a Stripe: no ha cambiado nada.</translation>
    </message>
    <message>
        <source>The card saved for a customer{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>El resultado del registro de una tarjeta de cliente{which} aún no se conoce: no lo repita; la caja sigue comprobándolo.</translation>
    </message>
    <message>
        <source>The customer deletion{which} went through: the customer is deleted.</source>
        <translation>La eliminación del cliente{which} se ha completado: el cliente está eliminado.</translation>
    </message>
    <message>
        <source>The customer deletion{which} was refused by the card&apos;s bank.</source>
        <translation>El banco de la tarjeta rechazó la eliminación del cliente{which}.</translation>
    </message>
    <message>
        <source>The customer deletion{which} never reached Stripe: nothing changed.</source>
        <translation>La eliminación del cliente{which} nunca llegó a Stripe: no ha cambiado nada.</translation>
    </message>
    <message>
        <source>The customer deletion{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>El resultado de la eliminación del cliente{which} aún no se conoce: no la repita; la caja sigue comprobándolo.</translation>
    </message>
    <message>
        <source>The card removal{which} went through: the card is removed.</source>
        <translation>La retirada de la tarjeta{which} se ha completado: la tarjeta se ha retirado.</translation>
    </message>
    <message>
        <source>The card removal{which} was refused by the card&apos;s bank.</source>
        <translation>El banco de la tarjeta rechazó la retirada de la tarjeta{which}.</translation>
    </message>
    <message>
        <source>The card removal{which} never reached Stripe: nothing changed.</source>
        <translation>La retirada de la tarjeta{which} nunca llegó a Stripe: no ha cambiado nada.</translation>
    </message>
    <message>
        <source>The card removal{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>El resultado de la retirada de la tarjeta{which} aún no se conoce: no la repita; la caja sigue comprobándolo.</translation>
    </message>
    <message>
        <source>The change of a customer&apos;s default card{which} went through.</source>
        <translation>El cambio de la tarjeta predeterminada de un cliente{which} se ha completado.</translation>
    </message>
    <message>
        <source>The change of a customer&apos;s default card{which} was refused by the card&apos;s bank.</source>
        <translation>El banco de la tarjeta rechazó el cambio de la tarjeta predeterminada de un cliente{which}.</translation>
    </message>
    <message>
        <source>The change of a customer&apos;s default card{which} never reached Stripe: nothing changed.</source>
        <translation>El cambio de la tarjeta predeterminada de un cliente{which} nunca llegó a Stripe: no ha cambiado nada.</translation>
    </message>
    <message>
        <source>The change of a customer&apos;s default card{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>El resultado del cambio de la tarjeta predeterminada de un cliente{which} aún no se conoce: no lo repita; la caja sigue comprobándolo.</translation>
    </message>
    <message>
        <source>The receipt e-mail{which} went through: Stripe e-mails the receipt.</source>
        <translation>El correo del recibo{which} se ha completado: Stripe envía el recibo por correo electrónico.</translation>
    </message>
    <message>
        <source>The receipt e-mail{which} was refused by the card&apos;s bank.</source>
        <translation>El banco de la tarjeta rechazó el correo del recibo{which}.</translation>
    </message>
    <message>
        <source>The receipt e-mail{which} never reached Stripe: no receipt was e-mailed.</source>
        <translation>El correo del recibo{which} nunca llegó a Stripe: no se ha enviado ningún recibo por correo.</translation>
    </message>
    <message>
        <source>The receipt e-mail{which} is still not known: do not repeat it; the till keeps checking.</source>
        <translation>El resultado del correo del recibo{which} aún no se conoce: no lo repita; la caja sigue comprobándolo.</translation>
    </message>
    <message>
        <source> for order {order}</source>
        <translation> del pedido {order}</translation>
    </message>
</context>
<context>
    <name>SettledDialog</name>
    <message>
        <source>Earlier payments checked</source>
        <translation>Pagos anteriores comprobados</translation>
    </message>
    <message>
        <source>What was still open has been checked with Stripe:</source>
        <translation>Lo que seguía pendiente se ha comprobado con Stripe:</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Receipt for order {order}</source>
        <translation>Ticket del pedido {order}</translation>
    </message>
    <message>
        <source>Show, print or save the receipt of order {order}</source>
        <translation>Mostrar, imprimir o guardar el ticket del pedido {order}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Close the report</source>
        <translation>Cerrar el informe</translation>
    </message>
    <message>
        <source>Close (Enter or Esc)</source>
        <translation>Cerrar (Enter o Esc)</translation>
    </message>
    <message>
        <source>What was still open has been checked with Stripe:

</source>
        <translation>Lo que seguía pendiente se ha comprobado con Stripe:

</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Set up this till</source>
        <translation>Configurar esta caja</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <source>Save setup</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Check the keys with Stripe, save, and start the till (Enter)</source>
        <translation>Comprobar las claves con Stripe, guardar e iniciar la caja (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel setup</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Cerrar sin guardar (Esc)</translation>
    </message>
    <message>
        <source>Quit setup (Esc)</source>
        <translation>Salir de la configuración (Esc)</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <source>Payments and shop</source>
        <translation>Pagos y tienda</translation>
    </message>
    <message>
        <source>Receipts and printer</source>
        <translation>Tickets e impresora</translation>
    </message>
    <message>
        <source>Stripe keys, business, register, currency, PIN</source>
        <translation>Claves de Stripe, negocio, caja, moneda, PIN</translation>
    </message>
    <message>
        <source>Tax number, footer and the receipt printer</source>
        <translation>Número fiscal, pie y la impresora de tickets</translation>
    </message>
    <message>
        <source>Training mode runs the till against a sandbox on this computer: no Stripe account, no network, no real money. Every screen and receipt says SANDBOX. Keys can be added later in Settings.</source>
        <translation>El modo de formación hace funcionar la caja con un sandbox en este equipo: sin cuenta de Stripe, sin red, sin dinero real. Todas las pantallas y los tickets indican SANDBOX. Las claves se pueden añadir más adelante en Ajustes.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Iniciar formación</translation>
    </message>
    <message>
        <source>The Stripe keys go to the system keychain, never to a file, and are checked with Stripe before anything is saved. The PIN is kept only as a salted hash.</source>
        <translation>Las claves de Stripe se guardan en el llavero del sistema, nunca en un archivo, y se comprueban con Stripe antes de guardar nada. El PIN solo se guarda como hash con sal.</translation>
    </message>
    <message>
        <source>Check keys and save</source>
        <translation>Comprobar claves y guardar</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Guardar e iniciar</translation>
    </message>
    <message>
        <source>Check the fields marked in red. Nothing was saved.</source>
        <translation>Revise los campos marcados en rojo. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Checking the keys with Stripe…</source>
        <translation>Comprobando las claves con Stripe…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Stripe did not accept the keys. Nothing was saved.</source>
        <translation>Stripe no aceptó las claves. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the Stripe keys in. Choose training mode to start now, or set POS_STRIPE_SECRET_KEY in the till&apos;s environment.</source>
        <translation>Este equipo no tiene un llavero donde guardar las claves de Stripe. Elija el modo de formación para empezar ahora, o defina POS_STRIPE_SECRET_KEY en el entorno de la caja.</translation>
    </message>
    <message>
        <source> Nothing was saved.</source>
        <translation> No se ha guardado nada.</translation>
    </message>
</context>
<context>
    <name>SetupFields</name>
    <message>
        <source>This shop&apos;s Stripe account</source>
        <translation>La cuenta de Stripe de esta tienda</translation>
    </message>
    <message>
        <source>Stripe account</source>
        <translation>Cuenta de Stripe</translation>
    </message>
    <message>
        <source>Charge real cards (or Stripe&apos;s test cards with test keys) through Stripe</source>
        <translation>Cobrar con tarjetas reales (o con las tarjetas de prueba de Stripe, con claves de prueba) a través de Stripe</translation>
    </message>
    <message>
        <source>Training mode: no account, no real money</source>
        <translation>Modo de formación: sin cuenta ni dinero real</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Modo de formación</translation>
    </message>
    <message>
        <source>Practise with the built-in sandbox on this computer; every screen says SANDBOX</source>
        <translation>Practique con el sandbox integrado en este equipo; todas las pantallas indican SANDBOX</translation>
    </message>
    <message>
        <source>Secret or restricted key</source>
        <translation>Clave secreta o restringida</translation>
    </message>
    <message>
        <source>The secret key (sk_…) or a restricted key (rk_…); kept in the system keychain</source>
        <translation>La clave secreta (sk_…) o una clave restringida (rk_…); se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Publishable key</source>
        <translation>Clave publicable</translation>
    </message>
    <message>
        <source>The publishable key (pk_…) from the same page, optional</source>
        <translation>La clave publicable (pk_…) de la misma página, opcional</translation>
    </message>
    <message>
        <source>sk_live_… or rk_live_…</source>
        <translation>sk_live_… o rk_live_…</translation>
    </message>
    <message>
        <source>pk_live_… (optional)</source>
        <translation>pk_live_… (opcional)</translation>
    </message>
    <message>
        <source>The keys come from the environment (POS_STRIPE_SECRET_KEY): change them there.</source>
        <translation>Las claves vienen del entorno (POS_STRIPE_SECRET_KEY): cámbielas allí.</translation>
    </message>
    <message>
        <source>Keys are stored in the keychain. Leave empty to keep them.</source>
        <translation>Las claves están guardadas en el llavero. Deje el campo vacío para conservarlas.</translation>
    </message>
    <message>
        <source>Stored: leave empty to keep</source>
        <translation>Guardada: deje vacío para conservarla</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nombre del negocio</translation>
    </message>
    <message>
        <source>Printed at the top of every receipt</source>
        <translation>Se imprime en la parte superior de cada ticket</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>Dirección del negocio</translation>
    </message>
    <message>
        <source>Printed under the business name; Enter starts a new line, Tab moves on</source>
        <translation>Se imprime bajo el nombre del negocio; Enter inicia una línea nueva, Tab pasa al siguiente campo</translation>
    </message>
    <message>
        <source>Register name</source>
        <translation>Nombre de la caja</translation>
    </message>
    <message>
        <source>Which till this is, e.g. FRONT-1: letters, digits, - or _; on every charge</source>
        <translation>Qué caja es esta, p. ej. CAJA-1: letras, dígitos, - o _; figura en cada cobro</translation>
    </message>
    <message>
        <source>e.g. FRONT-1</source>
        <translation>p. ej. CAJA-1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>The currency this till charges in (Alt+Down opens the list)</source>
        <translation>La moneda en la que cobra esta caja (Alt+Down abre la lista)</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Formato regional</translation>
    </message>
    <message>
        <source>How amounts are written and read on the screens and receipts: the decimal separator, the grouping and where the currency symbol goes (Alt+Down opens the list)</source>
        <translation>Cómo se escriben y leen los importes en las pantallas y los tickets: el separador decimal, la agrupación de cifras y dónde va el símbolo de la moneda (Alt+Down abre la lista)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the till and its receipts; it changes when the settings are saved and the till starts again</source>
        <translation>El idioma de la caja y de sus tickets; cambia al guardar los ajustes y volver a iniciar la caja</translation>
    </message>
    <message>
        <source>Confirm charges above</source>
        <translation>Confirmar cobros superiores a</translation>
    </message>
    <message>
        <source>A charge above this amount is read back to the cashier before the card</source>
        <translation>Un cobro superior a este importe se muestra al cajero para que lo confirme antes de pasar la tarjeta</translation>
    </message>
    <message>
        <source>{amount} (the default)</source>
        <translation>{amount} (predeterminado)</translation>
    </message>
    <message>
        <source>New manager PIN</source>
        <translation>Nuevo PIN del encargado</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN del encargado</translation>
    </message>
    <message>
        <source>4 to 8 digits; asked for refunds and settings</source>
        <translation>De 4 a 8 dígitos; se pide para reembolsos y ajustes</translation>
    </message>
    <message>
        <source>; leave empty to keep the PIN</source>
        <translation>; déjelo vacío para conservar el PIN</translation>
    </message>
    <message>
        <source>Confirm manager PIN</source>
        <translation>Confirmar PIN del encargado</translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation>Escriba el mismo PIN otra vez</translation>
    </message>
    <message>
        <source>Leave empty to keep it</source>
        <translation>Déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <source>How this till takes payments</source>
        <translation>Cómo cobra esta caja</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>This shop and this register</source>
        <translation>Esta tienda y esta caja</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Confirm charges over</source>
        <translation>Confirmar cobros superiores a</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nuevo PIN</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Confirmar PIN</translation>
    </message>
    <message>
        <source>Amounts read {sample}. It applies once saved.</source>
        <translation>Los importes se verán así: {sample}. Se aplica al guardar.</translation>
    </message>
    <message>
        <source>This computer&apos;s: {locale}. {words}</source>
        <translation>La de este equipo: {locale}. {words}</translation>
    </message>
</context>
<context>
    <name>SetupRules</name>
    <message>
        <source>Paste the secret key (sk_…) or a restricted key (rk_…).</source>
        <translation>Pegue la clave secreta (sk_…) o una clave restringida (rk_…).</translation>
    </message>
    <message>
        <source>This is the publishable key (pk_…). Paste the secret key (sk_… or rk_…) here.</source>
        <translation>Esta es la clave publicable (pk_…). Pegue aquí la clave secreta (sk_… o rk_…).</translation>
    </message>
    <message>
        <source>This is not a secret (sk_…) or restricted (rk_…) key.</source>
        <translation>Esta no es una clave secreta (sk_…) ni restringida (rk_…).</translation>
    </message>
    <message>
        <source>A publishable key starts with pk_test_ or pk_live_.</source>
        <translation>Una clave publicable empieza por pk_test_ o pk_live_.</translation>
    </message>
    <message>
        <source>Both keys must be test keys, or both live keys.</source>
        <translation>Las dos claves deben ser de prueba, o las dos live.</translation>
    </message>
    <message>
        <source>Enter the business name printed on receipts.</source>
        <translation>Introduzca el nombre del negocio que se imprime en los tickets.</translation>
    </message>
    <message>
        <source>Keep the business name under {count} characters.</source>
        <translation>El nombre del negocio debe tener menos de {count} caracteres.</translation>
    </message>
    <message>
        <source>Keep the address under {count} characters.</source>
        <translation>La dirección debe tener menos de {count} caracteres.</translation>
    </message>
    <message>
        <source>Name this register, e.g. FRONT-1.</source>
        <translation>Dé un nombre a esta caja, p. ej. CAJA-1.</translation>
    </message>
    <message>
        <source>Use letters, digits, - and _ only (no spaces), up to 16.</source>
        <translation>Use solo letras, dígitos, - y _ (sin espacios), hasta 16.</translation>
    </message>
    <message>
        <source>Choose the currency this till charges in.</source>
        <translation>Elija la moneda en la que cobra esta caja.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Elija un idioma de la lista.</translation>
    </message>
    <message>
        <source>Choose how amounts are written from the list.</source>
        <translation>Elija de la lista cómo se escriben los importes.</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Escriba un importe mayor que cero.</translation>
    </message>
    <message>
        <source>That is above the largest card charge.</source>
        <translation>Supera el cobro con tarjeta más alto permitido.</translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation>El PIN tiene de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>Los dos PIN no coinciden. Vuelva a escribir el PIN.</translation>
    </message>
    <message>
        <source>Keep the tax number on one line, under {count} characters.</source>
        <translation>El número fiscal debe ocupar una sola línea, con menos de {count} caracteres.</translation>
    </message>
    <message>
        <source>Keep the footer under {count} characters.</source>
        <translation>El pie debe tener menos de {count} caracteres.</translation>
    </message>
    <message>
        <source>Keep the footer to {count} lines or fewer.</source>
        <translation>El pie debe tener {count} líneas como máximo.</translation>
    </message>
    <message>
        <source>Choose the receipt printer to print every receipt at once.</source>
        <translation>Elija la impresora de tickets para imprimir cada ticket al momento.</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The customer list&apos;s local copy was damaged and has been set aside; it is rebuilt from Stripe on the next refresh.</source>
        <translation>La copia local de la lista de clientes estaba dañada y se ha apartado; se reconstruye desde Stripe en la próxima actualización.</translation>
    </message>
    <message>
        <source>Cannot write the customer list: {reason}</source>
        <translation>No se puede escribir la lista de clientes: {reason}</translation>
    </message>
    <message>
        <source>Payments are paused: the till&apos;s journal was damaged and moved to {moved_to}, and it may have held payments still being checked. A manager must check this register&apos;s recent payments in the Stripe Dashboard and then resume payments when the till starts.</source>
        <translation>Los pagos están en pausa: el diario de la caja estaba dañado y se movió a {moved_to}, y puede que contuviera pagos que aún se estaban comprobando. Un encargado debe revisar los pagos recientes de esta caja en el Dashboard de Stripe y después reanudar los pagos cuando se inicie la caja.</translation>
    </message>
    <message>
        <source>This attempt key is already in the journal; a new attempt needs a new key.</source>
        <translation>Esta clave de operación ya está en el diario; una operación nueva necesita una clave nueva.</translation>
    </message>
    <message>
        <source>Cannot open the journal {path}: {reason}</source>
        <translation>No se puede abrir el diario {path}: {reason}</translation>
    </message>
    <message>
        <source>The journal {path} could not be replaced ({reason}). Check the disk, then start the till again.</source>
        <translation>No se pudo sustituir el diario {path} ({reason}). Compruebe el disco y vuelva a iniciar la caja.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be used ({reason}). It was left as it is; close any other program using it, then start the till again.</source>
        <translation>No se puede usar el diario {path} ({reason}). Se ha dejado tal como está; cierre cualquier otro programa que lo use y vuelva a iniciar la caja.</translation>
    </message>
    <message>
        <source>The journal could not be updated: {reason}</source>
        <translation>No se pudo actualizar el diario: {reason}</translation>
    </message>
    <message>
        <source>The journal could not be read: {reason}</source>
        <translation>No se pudo leer el diario: {reason}</translation>
    </message>
    <message>
        <source>No open attempt with this key is in the journal.</source>
        <translation>No hay ninguna operación abierta con esta clave en el diario.</translation>
    </message>
    <message>
        <source>No attempt with this key is in the journal.</source>
        <translation>No hay ninguna operación con esta clave en el diario.</translation>
    </message>
    <message>
        <source>The attempt is already settled as {current}; it cannot become {state}.</source>
        <translation>La operación ya está cerrada como {current}; no puede pasar a {state}.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read ({reason}) and a new one could not be prepared ({error}). Nothing was moved. Check the disk, then start the till again.</source>
        <translation>No se puede leer el diario {path} ({reason}) y no se pudo preparar uno nuevo ({error}). No se ha movido nada. Compruebe el disco y vuelva a iniciar la caja.</translation>
    </message>
    <message>
        <source>The damaged journal was moved to {moved_to}, but its replacement {replacement} could not be put in place ({reason}). Start the till again; it finishes the replacement.</source>
        <translation>El diario dañado se movió a {moved_to}, pero su sustituto {replacement} no se pudo colocar en su lugar ({reason}). Vuelva a iniciar la caja; terminará la sustitución.</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of the application (schema {found}, this version knows {known}). Update the application.</source>
        <translation>El diario lo escribió una versión más reciente de la aplicación (esquema {found}, esta versión conoce {known}). Actualice la aplicación.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}. Check that the disk is writable and that you have permission.</source>
        <translation>No se puede crear la carpeta {folder}: {reason}. Compruebe que se puede escribir en el disco y que tiene permiso.</translation>
    </message>
    <message>
        <source>The journal could not be read ({reason}). It was moved to {moved_to}.</source>
        <translation>No se pudo leer el diario ({reason}). Se movió a {moved_to}.</translation>
    </message>
    <message>
        <source>The settings file could not be read ({reason}). It was moved to {moved_to}.</source>
        <translation>No se pudo leer el archivo de ajustes ({reason}). Se movió a {moved_to}.</translation>
    </message>
    <message>
        <source>The customer list&apos;s local copy could not be read ({reason}). It was moved to {moved_to}.</source>
        <translation>No se pudo leer la copia local de la lista de clientes ({reason}). Se movió a {moved_to}.</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({reason}). It was moved to {moved_to}.</source>
        <translation>No se pudo leer el archivo {path} ({reason}). Se movió a {moved_to}.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read ({reason}) and could not be moved aside ({error}). Nothing was changed. Check the folder&apos;s permissions, or move the file away by hand, then start the till again.</source>
        <translation>No se puede leer el diario {path} ({reason}) y no se pudo apartar ({error}). No se ha cambiado nada. Compruebe los permisos de la carpeta, o mueva el archivo a mano, y vuelva a iniciar la caja.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({reason}) and could not be moved aside ({error}). Nothing was changed. Check the folder&apos;s permissions, or move the file away by hand, then start the till again.</source>
        <translation>No se puede leer el archivo de ajustes {path} ({reason}) y no se pudo apartar ({error}). No se ha cambiado nada. Compruebe los permisos de la carpeta, o mueva el archivo a mano, y vuelva a iniciar la caja.</translation>
    </message>
    <message>
        <source>The customer list&apos;s local copy {path} cannot be read ({reason}) and could not be moved aside ({error}). Nothing was changed. Check the folder&apos;s permissions, or move the file away by hand, then start the till again.</source>
        <translation>No se puede leer la copia local de la lista de clientes {path} ({reason}) y no se pudo apartar ({error}). No se ha cambiado nada. Compruebe los permisos de la carpeta, o mueva el archivo a mano, y vuelva a iniciar la caja.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}) and could not be moved aside ({error}). Nothing was changed. Check the folder&apos;s permissions, or move the file away by hand, then start the till again.</source>
        <translation>No se puede leer el archivo {path} ({reason}) y no se pudo apartar ({error}). No se ha cambiado nada. Compruebe los permisos de la carpeta, o mueva el archivo a mano, y vuelva a iniciar la caja.</translation>
    </message>
    <message>
        <source>This computer has no usable password store (keychain) for the Stripe keys. Either set the keys in the environment as POS_STRIPE_SECRET_KEY and POS_STRIPE_PUBLISHABLE_KEY before starting the till, or install and unlock a password store: on Linux a Secret Service keyring such as gnome-keyring (log in to a desktop session so that it unlocks).</source>
        <translation>Este equipo no tiene un almacén de contraseñas (llavero) utilizable para las claves de Stripe. Defina las claves en el entorno como POS_STRIPE_SECRET_KEY y POS_STRIPE_PUBLISHABLE_KEY antes de iniciar la caja, o instale y desbloquee un almacén de contraseñas: en Linux, un llavero Secret Service como gnome-keyring (inicie una sesión de escritorio para que se desbloquee).</translation>
    </message>
    <message>
        <source>Could not read {name} from the password store: {reason}. Unlock the keychain (log in to the desktop session) and try again.</source>
        <translation>No se pudo leer {name} del almacén de contraseñas: {reason}. Desbloquee el llavero (inicie la sesión de escritorio) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not save {name} in the password store: {reason}. Unlock the keychain (log in to the desktop session) and try again.</source>
        <translation>No se pudo guardar {name} en el almacén de contraseñas: {reason}. Desbloquee el llavero (inicie la sesión de escritorio) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not delete {name} from the password store: {reason}. Unlock the keychain (log in to the desktop session) and try again.</source>
        <translation>No se pudo eliminar {name} del almacén de contraseñas: {reason}. Desbloquee el llavero (inicie la sesión de escritorio) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not save the settings to {path}: {reason}. The previous settings are unchanged.</source>
        <translation>No se pudieron guardar los ajustes en {path}: {reason}. Los ajustes anteriores no han cambiado.</translation>
    </message>
    <message>
        <source>No journal at {path}.</source>
        <translation>No hay diario en {path}.</translation>
    </message>
</context>
<context>
    <name>TillSetup</name>
    <message>
        <source>In the Stripe Dashboard (dashboard.stripe.com), open Developers → API keys: the publishable key (pk_…) is shown there; reveal the secret key (sk_…) or create a restricted key (rk_…) and copy it.</source>
        <translation>En el Dashboard de Stripe (dashboard.stripe.com), abra Desarrolladores → Claves de API: allí se muestra la clave publicable (pk_…); revele la clave secreta (sk_…) o cree una clave restringida (rk_…) y cópiela.</translation>
    </message>
    <message>
        <source>Stripe did not accept this key. Copy it again from the Dashboard (Developers → API keys); a key that was rolled no longer works.</source>
        <translation>Stripe no aceptó esta clave. Vuelva a copiarla del Dashboard (Desarrolladores → Claves de API); una clave que se ha renovado ya no funciona.</translation>
    </message>
    <message>
        <source>Stripe accepted this restricted key but it may not read charges. Give it the Charges and Tokens permissions, or use the secret key.</source>
        <translation>Stripe aceptó esta clave restringida, pero puede que no pueda leer cobros. Concédale los permisos Charges y Tokens, o use la clave secreta.</translation>
    </message>
    <message>
        <source>The keys come from the environment; nothing to store.</source>
        <translation>Las claves vienen del entorno; no hay nada que guardar.</translation>
    </message>
    <message>
        <source>Could not reach Stripe to check the keys. Check the network and try again.</source>
        <translation>No se pudo conectar con Stripe para comprobar las claves. Compruebe la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Stripe could not check the keys just now. Try again in a moment.</source>
        <translation>Stripe no ha podido comprobar las claves en este momento. Vuelva a intentarlo en unos instantes.</translation>
    </message>
</context>
<context>
    <name>WrappingLabel</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
</TS>
