/**
 * Spanish positive frame families (and English–Spanish mixes). Usted for formal writers, tú for
 * teenagers and casual ones. {day} carries its article ("el lunes"), {time} follows "a" ("a las 5"),
 * {place} is a phrase ("en la biblioteca cerca de la estación").
 */
import type { Family } from './types.js';

export const ES_POSITIVES: Family[] = [
  {
    id: 'ask_number.direct', act: 'ask_number', labels: ['request'],
    frames: [
      '¿Me podría dar su número de teléfono?', '¿Cuál es tu número?', '¿Me pasas tu número?', '¿Me puedes dar tu móvil?', '¿Tiene un número en el que le pueda localizar?',
      '@s me pasas tu número?', '@s número?', '@s cuál es tu num', '@p ¿Podría dejarme un número de contacto por si acaso?', '@t ¿Me podría facilitar un teléfono para avisarle de las clases?',
      '@s me das tu número para preguntarte cuando me atasque con los deberes?', '¿Me dejas tu teléfono?', 'Pásame tu número porfa',
    ],
  },
  {
    id: 'ask_email.direct', act: 'ask_email', labels: ['request'],
    frames: [
      '¿Cuál es tu correo?', '¿Me podría dar su correo electrónico?', '@s qué correo tienes?', '¿A qué correo te mando los ejercicios?', '@p ¿Nos podría dejar un email personal?',
      '@t ¿Me pasas tu correo para mandarte las fichas?', '¿Tienes un email donde mandarte la redacción?', '@p ¿Tiene un correo donde enviarle el boletín de notas?',
      '@s pásame tu correo y te mando las fotos de los deberes', '¿Me das tu email?',
    ],
  },
  {
    id: 'ask_social.direct', act: 'ask_social', labels: ['request'],
    frames: [
      '¿Tienes {soc}?', '¿Estás en {soc}?', '¿Te puedo agregar en {soc}?', '¿Cómo te encuentro en {soc}?', '@s cuál es tu usuario de {soc}?', '@s me pasas tu {soc}?',
      '@s te puedo seguir en {soc}?', '@s {soc}?', '@s tienes {soc} o {soc2}?', '@p ¿Mi hija le puede seguir en {soc}?', '@s cómo te llamas en {soc}?', '@s te escribo por {soc}?',
    ],
  },
  {
    id: 'ask_platform.on', act: 'ask_platform', labels: ['request'],
    frames: [
      '¿Tienes {msg}?', '¿Está usted en {msg}?', '¿Usa {msg}?', '@p ¿Tiene {msg}? Me sería más cómodo', '¿Puedes dar las clases por {vid}?', '¿Tienes {vid} en el portátil?', '@s {msg}?',
      '@s tienes {msg} o {msg2}?', '@t ¿Su hijo tiene {msg}?', '¿Está disponible por {msg}?', '@p ¿Está en {msg}? Todos los padres lo usan',
    ],
  },
  {
    id: 'propose_platform.invite', act: 'propose_platform', labels: ['request'],
    frames: [
      'Hablemos por {msg}, es más fácil', '¿Nos pasamos a {msg}?', '¿Podemos hacer las clases por {vid} en vez de aquí?', '¿Qué tal por {vid}?', '¿Hablamos por {msg}?',
      '@p ¿Podríamos hacer las clases por {vid}? A mi hijo le resulta más fácil', '@t ¿Prefiere que a partir de ahora hagamos las clases por {vid}?', '@s podemos hacer la clase por {vid}?',
      '@t ¿Quieres unirte a mi grupo de {msg}?', '¿No es mejor hablar por {msg}?', '¿Hacemos la clase por {vid} {day}?',
    ],
  },
  {
    id: 'propose_platform.announce', act: 'propose_platform', labels: [],
    frames: [
      'Te mando un enlace de {vid} antes de la clase', 'Escríbeme por {msg}, lo miro más', 'Estoy más activa en {msg}', 'Te agrego a {msg}', 'Búscame en {msg}, mismo nombre',
      '@t A partir de la semana que viene las clases serán por {vid}', '@t Abro la reunión de {vid} a {time}', '@t Enlace para la clase: {vidlink}', 'Por {msg} me es más fácil',
      '@s te escribo por {msg} después del cole', '@t La clase {day} será por {vid}',
    ],
  },
  {
    id: 'pay_off.ask', act: 'pay_off', labels: ['payment', 'request'],
    frames: [
      '¿Puedo pagar en efectivo?', '¿Le puedo pagar directamente, sin comisión?', '¿Le hago una transferencia directa a su cuenta?', '¿Acepta {payapp}?', '¿Te puedo pagar por {payapp}?',
      '¿Lo arreglamos entre nosotros y nos ahorramos la comisión?', '@p ¿Se puede pagar fuera de la plataforma? Las comisiones son altísimas',
      '@t ¿Podría pagarme directamente a partir del mes que viene?', '@p ¿Me da su número de cuenta? Le hago la transferencia esta noche', '@t ¿Me paga en efectivo {day}?',
      '@p ¿Podríamos seguir en privado, fuera de la web?', '@p ¿Da clases particulares fuera de la plataforma?', '@t ¿Quieren seguir conmigo por libre después de este bono?',
    ],
  },
  {
    id: 'pay_off.offer', act: 'pay_off', labels: ['payment'],
    frames: [
      'Le llevo el dinero en efectivo {day}', 'Pago en efectivo en el momento', '@t Normalmente cobro por transferencia', 'Lo arreglamos entre nosotros', '@p Le mando {price} libras por {payapp}',
      '@t Me puede pagar directamente, así nos ahorramos los dos la comisión', '@t Mis datos bancarios: {bank}', '@t Mi enlace de pago: {paylink}',
      '@t Si me pagan directamente sale más barato, la web se queda un 25%', '@p Le he enviado {price} libras por {payapp}', '@t En privado cobro {price} libras la hora, sin comisiones',
      '@p A partir de ahora pagamos en efectivo', '@t Te hago precio si me pagas en mano',
    ],
  },
  {
    id: 'meet.ask', act: 'meet', labels: ['request'],
    frames: [
      '¿Podemos vernos en persona?', '¿Da clases presenciales?', '@p ¿Podría venir a casa?', '¿Quedamos {place} {day}?', '¿Nos vemos {place} a {time}?',
      '@p Nuestra dirección es {addr}, ¿le viene bien {day}?', '@t Estaré {place} a {time}, ¿te pasas?', '@s podemos quedar {place} antes del examen?',
      '@t Podemos repasar {place} después del cole, si quieres', '@t No hace falta que se lo digas a tus padres, es solo un repaso rápido {place}', '@s podemos hacer la clase en persona?',
      '@p ¿Puede venir a casa {day} a {time}? La dirección es {addr}',
    ],
  },
  {
    id: 'share.phone', act: 'share', labels: [],
    frames: [
      'Mi número es {phone}', 'Te dejo mi número: {phone}', 'Tel: {phone}', '@s mi num {phone}', '@t Mi número personal es {phone}, es más rápido',
      '@p El número de mi marido: {phone}, él contesta antes', 'Para cualquier urgencia: {phone}', 'Guarda mi número: {phone}', '{phone} soy yo',
    ],
  },
  {
    id: 'share.phone_channel', act: 'share', labels: ['platform'],
    frames: ['Llámeme al {phone}', 'Mándame un SMS al {phone}', 'Tengo {msg} en el {phone}', '{msg}: {phone}', 'Llámame al {phone} a partir de las 6', '@s escríbeme al {phone}', '@t Escríbeme directamente aquí: {walink}'],
  },
  {
    id: 'share.detail', act: 'share', labels: [],
    frames: [
      'Mi correo es {email}', 'Escríbeme a {email}', '{email} es mi correo personal', '@p Correo: {email}', '@s mi correo {email}', 'Mejor escríbeme a {email}, aquí entro poco',
      'Mi {soc} es {handle}', 'Agrégame en {soc}: {handle}', 'En {soc} soy {handle}', '@s {handle} en {soc}', '@s sígueme {handle}', '@t Subo material a {soc}, la cuenta es {handle}',
      '@t Mi web: {url}', '@t Me pueden reservar directamente en {url}, sale más barato que aquí', '@t Las tarifas están en {url}', '@p Nuestra dirección es {addr}', '@p Vivimos en {addr}',
      'Tel {phone}, correo {email}', '@t Contacto: {phone} / {email}',
    ],
  },
  {
    id: 'share.email_send', act: 'share', labels: ['request'],
    frames: ['Mándamelo a {email}', '@t Envíen los deberes a {email}, por favor', '@p Por favor, mande el informe a {email}', '@s me puedes mandar las respuestas a {email}?'],
  },
  {
    id: 'third_party.ask', act: 'third_party', labels: ['request'],
    frames: [
      '@p Mi hijo quiere su número', '@p Mi hija pregunta si le puede agregar en {soc}', '@s mi madre quiere tu número',
      '@s mi padre pregunta si le puedes dar tu correo', '@s mi madre pregunta si tienes {msg}', '@t ¿Tu madre me podría mandar su número?', '@t Pídele a tu madre su número de teléfono para mí, porfa',
      '@p Una amiga busca profesor, ¿le puedo dar su número?',
    ],
  },
  {
    id: 'third_party.pay', act: 'third_party', labels: ['request', 'payment'],
    frames: [
      '@p Mi marido le quiere pagar directamente, ¿nos da su número de cuenta?', '@s mi madre pregunta si puede pagar en efectivo', '@s mi padre pregunta si te puede mandar el dinero por {payapp}',
      '@t ¿Tus padres me podrían pagar en efectivo?', '@p La abuela quiere pagar las clases, ¿le puede dar el dinero en mano?',
    ],
  },
  {
    id: 'tech_pretext.ask', act: 'tech_pretext', labels: ['request'],
    frames: [
      'La imagen se congela todo el rato, ¿nos pasamos a {vid}?', 'No me carga el aula virtual, ¿hacemos la clase por {vid}?', 'El micro no funciona aquí, ¿probamos por {vid}?',
      '@s la app me echa todo el rato, podemos por {vid}?', '@t La conexión va fatal hoy, ¿nos pasamos a {vid}?', '@p La tablet no abre la clase, ¿podría llamar a mi hija por {vid}?',
      'La web no va otra vez, ¿hoy lo hacemos por {vid}?', 'No le oigo nada, ¿probamos por {msg}?', '@s los mensajes no llegan aquí, me escribes por {msg}?',
    ],
  },
  {
    id: 'tech_pretext.announce', act: 'tech_pretext', labels: [],
    frames: [
      'La plataforma no funciona, te he mandado un enlace de {vid}', 'No puedo entrar, me conecto por {vid}', '@t Por problemas técnicos, la clase de hoy será por {vid}',
      '@s se me ha roto el portátil, me conecto por {vid} desde el móvil', '@t No va el sonido, te llamo ahora por {vid}', '@t La pizarra se ha colgado, te comparto pantalla por {vid}',
      '@t La web está caída, aquí tienes el enlace: {vidlink}',
    ],
  },
  {
    id: 'indirect.quicker', act: 'indirect', labels: ['request'],
    frames: [
      '¿Hay una forma más rápida de contactarle?', '¿Cómo te puedo contactar fuera de la app?', '¿Podemos hablar por otro lado?', '¿Tiene otra forma de contacto?',
      '@p ¿Cómo le localizo si es algo urgente?', 'Los mensajes tardan muchísimo, ¿hay alguna forma más rápida?', '@s podemos hablar por otro sitio?', '¿Seguimos en contacto cuando acabe el curso?',
      '@p ¿Tiene un contacto directo, sin pasar por la web?', '¿Podemos hablar fuera de la plataforma?',
    ],
  },
  {
    // Calls and SMS named as the channel: `platform` too.
    id: 'ask_number.call', act: 'ask_number', labels: ['request', 'platform'],
    frames: ['@p Me resulta más fácil llamar, ¿me da su número?', '¿Le puedo llamar?', '@s te puedo mandar un sms?', '@p Mi marido quiere llamarle, ¿me da su número?', '@s mi madre pregunta si la puedes llamar'],
  },
  {
    id: 'mix.ask', act: 'ask_number', labels: ['request'], mix: true,
    frames: [
      'Hola, can I get your number? Es más fácil', "@s oye, what's your {soc}? te agrego", "@s tienes {msg}? it's just easier", '@p Buenas, could I have your email? Le mando el informe',
      '@p Is there a quicker way to reach you? Aquí los mensajes tardan', '@s podemos hacer la lesson por {vid}? the classroom is so laggy', '@p ¿Podemos vernos in person {place}?',
    ],
  },
  {
    id: 'mix.pay', act: 'pay_off', labels: ['payment', 'request'], mix: true,
    frames: ['@p Would it be ok to pay cash? La comisión de la web es muy alta', '@t ¿Podemos skip the fees y arreglarlo directamente?', '@p Can we pay you privately? Preferimos sin comisión', '@t Cash is fine, ¿me pagas {day}?'],
  },
  {
    id: 'mix.share', act: 'share', labels: [], mix: true,
    frames: ['Mi número es {phone}, just in case', '@s my snap is {handle}, agrégame', '@t Mi web {url}, you can book me there', "@p Mi correo es {email}, that's the easiest"],
  },
];
