/** Spanish hard negatives. */
import type { Family } from './types.js';

export const ES_NEGATIVES: Family[] = [
  {
    id: 'mention.no_app', act: 'mention', labels: [],
    frames: [
      'No tengo {msg}, lo siento', '@s ni tengo {soc} jaja', '@p En casa no usamos {msg}', '@p Mi hija no puede tener {soc} hasta los 16', '@s me borré {soc} por los exámenes',
      '@s se me murió el móvil en mitad de la clase', '@s me quitaron el móvil en el cole', '@p Se pasa el día en {soc} en vez de estudiar', '@p El colegio usa {vid} para las extraescolares',
      '@s toda la clase tiene un grupo de {msg}', '@p Tenía el móvil en silencio toda la tarde, perdone', '@s se me va el wifi todo el rato', '@p Mi madre solo usa {msg} para hablar con la familia de España',
    ],
  },
  {
    id: 'refusal.keep_here', act: 'refusal', labels: [],
    frames: [
      'No puedo dar mi número, mejor seguimos por aquí', '@t Lo siento, no doy mi {soc}, pero encantada de hablar por aquí', '@t No doy clases por {vid}, el aula de la plataforma las graba por seguridad',
      '@p Prefiero no pagar en efectivo, reservo por la web', '@t Lo siento, los pagos tienen que ir por la plataforma', '@t No quedo con alumnos en persona, todas las clases son online aquí',
      'Gracias, pero lo llevo todo por la plataforma', '@t Por favor, no me mandes tu número, escríbeme por aquí', '@p Prefiero seguir por aquí y no por {msg}, si no le importa',
      '@t No puedo aceptar efectivo, todo va por la web',
    ],
  },
  {
    id: 'rules.withdrawn', act: 'rules', labels: [],
    frames: [
      '¿Se puede dar el número de teléfono al profesor?', '¿Va contra las normas usar {vid}?', '@p ¿Qué hago si alguien me pide pagar en efectivo?',
      '@p ¿Los profesores pueden quedar con los alumnos en persona en esta web?', '¿Se pueden compartir correos por aquí?', '@s por qué no puedo mandar mi número por el chat?',
      '@t ¿Puedo poner mi web en el perfil?', '@p ¿Por qué la web bloquea los números de teléfono?', 'Te iba a pedir tu {soc}, pero he leído las normas',
      '@s casi te pido el número jaja, da igual, aquí está bien', 'Ignore mi mensaje sobre {vid}, seguimos por aquí', '@p Nada, pago por la web', '@s olvida lo que dije de {soc}',
    ],
  },
  {
    id: 'harmless.senses', act: 'harmless', labels: [],
    frames: [
      'Haz zoom en la gráfica y verás dónde corta el eje', '@s puedes hacer zoom en el ejercicio 3? no veo nada', '@t Trabajamos en equipos de tres', '@t Dos equipos sacan 45 y 38 puntos, calcula la media',
      '@t El procesamiento de señales es un tema importante de electrónica', '@s tengo poca cobertura en mi cuarto, igual me desconecto', '@t Haz una foto del ejercicio y súbela a la clase',
      '@t El flujo de caja sale siempre en el examen de economía', '@t La orilla del río se erosiona en la parte exterior del meandro', '@t Tu redacción no responde al contraargumento',
      '@s cómo llamo a una función en python?', '@t ¿En qué punto se cortan las dos rectas?', '@t El banco da un 3% de interés anual, ¿cuánto tienes a los 5 años?',
    ],
  },
  {
    id: 'onplatform.all', act: 'onplatform', labels: [],
    frames: [
      '@p He pagado la clase {day} por la web', '@p Las {price} libras la hora las cobra la plataforma, ¿no?', '@p He reservado las 4 próximas clases aquí', '¿Podemos cambiar la clase {day} a {time}?',
      '@t Mando el enlace por el aula de la plataforma', '@t Te escribo por aquí si llego tarde', '@t He subido la ficha al espacio de la clase', '@p He escrito a support@mytutor.co.uk por el reembolso',
      '@p ¿Hay una forma más rápida de reservar que ir al calendario cada semana?', 'Escríbeme por aquí cuando quieras', '@s la grabación de la clase está en la pestaña del aula?',
    ],
  },
  {
    id: 'numbers.lesson', act: 'numbers', labels: [],
    frames: [
      'Ejercicio {n}: 3x + 12 = 45, así que x = 11', 'Página {page}, ejercicios del 2 al 9', 'El resultado es {bignum}', '@t Haz el examen {examcode} de deberes', '@s el simulacro de {subj} es el {date}',
      '@t Colón llegó a América en 1492', '@t Mi tarifa es de {price} libras la hora a través de la plataforma', '@t Lee las páginas {range}', '@s el resultado del {n} es {bignum}?',
      '@t Redondea {bignum} a tres cifras significativas',
    ],
  },
  {
    id: 'code.fiction', act: 'code', labels: [],
    frames: [
      "@s por qué no funciona?\n```\nnumero = input('Numero: ')\nprint(numero + 1)\n```", '@s la función `enviar_correo()` me devuelve None, qué hago mal?',
      "@t Para el SQL: SELECT nombre, telefono FROM clientes WHERE ciudad = 'Leeds';", '@s mi bucle for imprime del 1 al 10 en vez del 0 al 9', '@t Sherlock Holmes vive en el 221B de Baker Street',
      '@t Los Dursley viven en el número 4 de Privet Drive', '@t El primer ministro vive en el 10 de Downing Street', '@t El discurso de Gettysburg tiene solo 272 palabras',
      '@s en el Quijote, Don Quijote vive en un lugar de la Mancha',
    ],
  },
  {
    id: 'social_hw.lang', act: 'social_hw', labels: [],
    frames: [
      '@s estoy haciendo una redacción sobre cómo afecta {soc} a la autoestima de los adolescentes', '@s en media tenemos que analizar una campaña de {soc}',
      '@t Discurso persuasivo: ¿habría que prohibir {soc} a los menores de 16?', '@s hacemos una encuesta sobre cuánto tiempo pasa la gente en {soc}',
      "@s cómo se dice en inglés '¿cuál es tu número de teléfono?'", "@t 'What's your email address?' significa '¿cuál es tu correo electrónico?'",
      '@t En el oral tienes que saber decir tu dirección en inglés, es solo práctica', "@s 'Can I have your number?' está bien dicho?", '@t Vocabulario: mobile phone = móvil, email = correo electrónico',
    ],
  },
  {
    id: 'edu_links.sites', act: 'edu_links', labels: [],
    frames: [
      '@t Mira BBC Bitesize sobre {topic}', '@t En corbettmaths.com hay ejercicios muy buenos', '@t Los exámenes de otros años están en physicsandmathstutor.com', '@t Dibuja la gráfica en Desmos',
      '@t En {eduurl} hay buenos apuntes', '@s seneca está bien para {subj}?', '@t Enlace para los deberes: {eduurl}', '@t Mira el vídeo de Khan Academy antes de la clase',
    ],
  },
  {
    id: 'mix.neg', act: 'mention', labels: [], mix: true,
    frames: [
      "@s no tengo {msg}, sorry, let's keep it here", '@p He pagado por la web, all good', '@t Haz zoom in en la gráfica', '@s my phone died en mitad de la clase sorry', '@t Haz el paper {examcode} for homework',
      "@p I couldn't find the link, pero lo he encontrado en el aula de la plataforma", '@s mi madre dice no {soc} until GCSEs, así que no tengo', '@t Recuerda: always address the question en la primera frase',
    ],
  },
];
