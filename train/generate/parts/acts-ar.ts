/**
 * Arabic positive frame families: Arabic script (colloquial Levantine/Gulf mixed with some formal
 * MSA, as families really write) and Arabizi (romanised with 2/3/5/7 for hamza, ain, kha, ha);
 * plus Arabic–English mixes. Pounds are "باوند". {time} reads "الساعة 4" and needs no preposition.
 */
import type { Family } from './types.js';

export const AR_POSITIVES: Family[] = [
  {
    id: 'ask_number.direct', act: 'ask_number', labels: ['request'],
    frames: [
      'ممكن رقمك؟', 'ممكن تعطيني رقم جوالك؟', 'شو رقمك؟', '@p هل يمكنك إرسال رقم هاتفك للتواصل؟', '@s عطني رقمك', '@s رقمك؟', '@t ممكن ترسل لي رقم للتواصل بخصوص الحصص؟',
      '@p هل عندك رقم أقدر أتواصل معك عليه؟', 'ابعتلي رقمك لو سمحت', '@p ممكن رقمك للطوارئ؟', 'momken ra2mak?', 'shu ra2mak?', '@s 3teeni ra2mak', '@s ra2m?',
      '@p momken tb3atli ra2m telefonak?', 'ib3atli nomrtak law sama7t', '@t momken ra2mak 3ashan el 7esas?',
    ],
  },
  {
    id: 'ask_email.direct', act: 'ask_email', labels: ['request'],
    frames: [
      'ممكن إيميلك؟', 'شو الإيميل تبعك؟', '@p هل يمكنك إعطائي بريدك الإلكتروني؟', 'على أي إيميل أبعت الواجب؟', '@t ابعتلي إيميلك عشان أرسل لك الأوراق', '@s عطني إيميلك',
      '@p ممكن إيميل شخصي أرسل عليه تقرير المدرسة؟', 'momken el email taba3ak?', '@s shu el email?', '3ala ay email ab3at el wajeb?', '@t ib3atli el email la ab3atlak el awra2',
    ],
  },
  {
    id: 'ask_social.direct', act: 'ask_social', labels: ['request'],
    frames: [
      'عندك {soc}؟', 'إنت على {soc}؟', 'ممكن أضيفك على {soc}؟', 'شو اسمك على {soc}؟', '@s عطني {soc} حقك', '@s {soc}؟', '@s عندك {soc} ولا {soc2}؟', '@p بنتي ممكن تتابعك على {soc}؟',
      '3andak {soc}?', 'momken a3mlak add 3ala {soc}?', '@s shu esmak 3ala {soc}?', '@s {soc}?', '@s 3andik {soc} walla {soc2}?',
    ],
  },
  {
    id: 'ask_platform.on', act: 'ask_platform', labels: ['request'],
    frames: [
      'عندك {msg}؟', 'إنت على {msg}؟', '@p تستخدم {msg}؟ أسهل لي', 'ممكن الحصة على {vid}؟', '@s {msg}؟', '@s عندك {msg} ولا {msg2}؟', '@t ابنك عنده {msg}؟', 'تستعمل {vid}؟',
      '3andak {msg}?', 'enta 3ala {msg}?', 'momken el 7esa 3ala {vid}?', '@s {msg}?', '@s 3andik {msg} walla {msg2}?',
    ],
  },
  {
    id: 'propose_platform.invite', act: 'propose_platform', labels: ['request'],
    frames: [
      'خلينا نحكي على {msg}، أسهل', 'ننتقل على {msg}؟', 'ممكن نعمل الحصص على {vid} بدل هون؟', '@p ممكن تكون الحصص على {vid}؟ أسهل لابني', '@t تحبوا نخلي الحصص على {vid} من الآن؟',
      '@s ممكن الحصة على {vid}؟', '@t بدك تنضم لقروب {msg} تبعي؟', 'ليش ما نحكي على {msg}؟', 'yalla n7ki 3ala {msg}, as-hal', 'momken n3mel el 7esas 3ala {vid}?',
      '@s momken el class 3ala {vid}?', '@t bdak tfout 3ala group el {msg} taba3i?', 'lesh ma n7ki 3ala {msg}?',
    ],
  },
  {
    id: 'propose_platform.announce', act: 'propose_platform', labels: [],
    frames: [
      'رح أبعتلك رابط {vid} قبل الحصة', 'ابعتلي على {msg}، بشوفه أسرع', 'أنا أكثر نشاطًا على {msg}', '@t من الأسبوع الجاي الحصص رح تكون على {vid}', '@t رح أفتح اجتماع {vid} {time}',
      '@t رابط الحصة: {vidlink}', '@s رح أبعتلك على {msg} بعد المدرسة', "ra7 ab3atlak link {vid} 2abl el 7esa", 'ib3atli 3ala {msg}, bshoofo asra3',
      '@t el 7esas ra7 tkoon 3ala {vid} min el esbo3 el gai', '@t link el 7esa: {vidlink}', '@s ba3d el madrasa bb3atlak 3ala {msg}',
    ],
  },
  {
    id: 'pay_off.ask', act: 'pay_off', labels: ['payment', 'request'],
    frames: [
      'ممكن أدفع كاش؟', 'ممكن أدفع لك مباشرة بدون عمولة؟', 'أحوّل لك على حسابك مباشرة؟', 'تقبل {payapp}؟', 'أبعت لك على {payapp}؟', '@p فيه طريقة ندفع برا المنصة؟ الرسوم كثير عالية',
      '@t ممكن تدفعي لي مباشرة من الشهر الجاي؟', '@p ابعتلي رقم الحساب، بحوّل الليلة', '@t بتدفعوا كاش {day}؟', '@p ممكن نكمل دروس خصوصية برا الموقع؟', 'نتفاهم بيناتنا ونوفر العمولة؟',
      'momken adfa3 cash?', 'momken adfa3lak direct bala 3omola?', 'a7awellak 3ala el 7sab direct?', '@p fi tare2a nedfa3 barra el platform? el fees ktir 3alye',
      '@t momken tedfa3li direct min el shahr el gai?', 'nt2afa2 bainatna w nwaffer el 3omola?',
    ],
  },
  {
    id: 'pay_off.offer', act: 'pay_off', labels: ['payment'],
    frames: [
      'رح أجيب الكاش {day}', 'بدفع كاش بعد الحصة', '@t عادةً بآخذ تحويل بنكي', 'بنتفاهم بيناتنا على المصاري', '@p بعتلك {price} باوند على {payapp}', '@t ادفعوا لي مباشرة، بنوفر العمولة',
      '@t تفاصيل الحساب: {bank}', '@t رابط الدفع: {paylink}', '@t لو دفعتوا لي مباشرة أرخص، الموقع بياخذ 25%', '@t برا المنصة بآخذ {price} باوند بالساعة', 'ra7 jeeb el cash {day}',
      'bedfa3 cash ba3d el 7esa', '@t 3adatan bakhod bank transfer', '@t edfa3ouli direct, bnwaffer el 3omola', '@t tafaseel el 7sab: {bank}', '@t link el daf3: {paylink}',
    ],
  },
  {
    id: 'meet.ask', act: 'meet', labels: ['request'],
    frames: [
      'ممكن نلتقي وجهًا لوجه؟', 'بتعطي دروس حضوري؟', '@p ممكن تيجي على البيت؟', 'نلتقي {place} {day}؟', 'نشوفك {place} {time}؟', '@p عنواننا {addr}، {day} مناسب؟',
      '@t رح أكون {place} {time}، بتيجي؟', '@s ممكن نلتقي {place} قبل الامتحان؟', '@t ما في داعي تحكي لأهلك، بس مراجعة سريعة {place}، تمام؟', '@s ممكن الحصة حضوري؟',
      'momken netla2a wijhan li wajh?', '@p momken tiji 3al beit?', 'netla2a {place} {day}?', '@t ra7 koon {place} {time}, btiji?', '@s momken netla2a {place} 2abl el imti7an?',
    ],
  },
  {
    id: 'share.phone', act: 'share', labels: [],
    frames: [
      'رقمي {phone}', 'هذا رقمي: {phone}', '@s رقمي {phone}', '@t رقمي الخاص {phone}، أسرع', '@p رقم زوجي {phone}، بيرد أسرع', 'للطوارئ: {phone}', 'احفظ رقمي: {phone}',
      'ra2mi {phone}', 'hayda ra2mi: {phone}', '@s ra2mi {phone}', '@t ra2mi el khas {phone}',
    ],
  },
  {
    id: 'share.phone_channel', act: 'share', labels: ['platform'],
    frames: ['اتصل علي على {phone}', 'ابعتلي رسالة على {phone}', '{msg}: {phone}', 'عندي {msg} على {phone}', '@t احكي معي هون: {walink}', 'etsel 3alay 3ala {phone}', '{msg}: {phone} ya3ni', '@s ib3atli msg 3ala {phone}'],
  },
  {
    id: 'share.detail', act: 'share', labels: [],
    frames: [
      'إيميلي {email}', 'راسلني على {email}', '@s إيميلي {email}', '{soc} تبعي {handle}', 'ضيفني على {soc}: {handle}', '@s {handle} على {soc}', '@t موقعي: {url}',
      '@t تقدروا تحجزوا مباشرة من {url}، أرخص من هون', '@p عنواننا {addr}', 'الرقم {phone}، الإيميل {email}', 'el email taba3i {email}', '{soc} taba3i {handle}', '@s {handle} 3ala {soc}',
      '@t el website taba3i: {url}',
    ],
  },
  {
    id: 'share.email_send', act: 'share', labels: ['request'],
    frames: ['ابعته على {email}', '@t ابعتوا الواجب على {email} لو سمحتم', '@p أرجو إرسال التقرير إلى {email}', 'ib3ato 3ala {email}'],
  },
  {
    id: 'third_party.ask', act: 'third_party', labels: ['request'],
    frames: [
      '@p ابني بده رقمك', '@p بنتي بتسأل إذا ممكن تضيفك على {soc}', '@s ماما بدها رقمك', '@s بابا بيسأل شو إيميلك', '@s ماما بتسأل إذا عندك {msg}',
      '@t خلي ماما تبعتلي رقمها', '@p صاحبتي بدها مدرس، ممكن أعطيها رقمك؟', '@s mama bdha ra2mak', '@s baba bis2al shu el email taba3ak', '@p ibni bdo ra2mak', '@t 5alli mama tb3atli ra2ma',
    ],
  },
  {
    id: 'third_party.pay', act: 'third_party', labels: ['request', 'payment'],
    frames: [
      '@p زوجي بده يدفع لك مباشرة، ممكن رقم الحساب؟', '@s ماما بتسأل إذا بتقدر تدفع كاش', '@s بابا بيسأل إذا يبعت المصاري على {payapp}', '@t أهلك ممكن يدفعوا لي كاش؟',
      '@s mama bts2al eza bt2dar tedfa3 cash', '@p jozi bdo yedfa3lak direct, momken ra2m el 7sab?',
    ],
  },
  {
    id: 'tech_pretext.ask', act: 'tech_pretext', labels: ['request'],
    frames: [
      'الصورة بتعلق كل شوي، ننتقل على {vid}؟', 'الصف الافتراضي ما عم يفتح، نعمل الحصة على {vid}؟', 'المايك ما بيشتغل هون، نجرب {vid}؟', '@s التطبيق بيطلعني كل شوي، ممكن على {vid}؟',
      '@t الاتصال سيء اليوم، ننتقل على {vid}؟', '@p التابلت ما بيفتح الحصة، ممكن تتصل على بنتي على {vid}؟', 'ما عم أسمعك، نجرب على {msg}؟',
      'el soura bt3alle2 kol shway, nento2el 3ala {vid}?', "el class ma 3am yeftah, n3mel el 7esa 3ala {vid}?", '@s el app bitla3ni kol shway, momken 3ala {vid}?', 'ma 3am esma3ak, njarreb 3ala {msg}?',
    ],
  },
  {
    id: 'tech_pretext.announce', act: 'tech_pretext', labels: [],
    frames: [
      'المنصة ما بتشتغل، بعتلك رابط {vid}', 'ما قدرت أدخل، أنا على {vid}', '@t بسبب مشكلة تقنية، حصة اليوم رح تكون على {vid}', '@s اللابتوب خرب، بدخل على {vid} من الجوال',
      '@t الموقع واقف، هذا الرابط: {vidlink}', 'el platform mish shaghale, ba3atlak link {vid}', '@t 7esset el yom ra7 tkoon 3ala {vid}', '@t el site wa2ef, hayda el link: {vidlink}',
    ],
  },
  {
    id: 'indirect.quicker', act: 'indirect', labels: ['request'],
    frames: [
      'في طريقة أسرع أتواصل معك فيها؟', 'كيف أتواصل معك برا التطبيق؟', 'ممكن نحكي بمكان ثاني؟', '@p كيف أتواصل معك إذا في شي مستعجل؟', 'الرسائل هون بتتأخر كثير، في طريقة أسرع؟',
      'نضل على تواصل بعد ما يخلص الكورس؟', 'ممكن نحكي برا المنصة؟', 'fi tare2a asra3 atwasal ma3ak?', 'kif atwasal ma3ak barra el app?', '@s momken n7ki b makan tani?', 'momken n7ki barra el platform?',
    ],
  },
  {
    // Calls and SMS named as the channel: `platform` too.
    id: 'ask_number.call', act: 'ask_number', labels: ['request', 'platform'],
    frames: ['ممكن أتصل فيك؟', 'momken etsel fik?', '@p أسهل لي أتصل، ممكن رقمك؟', '@p زوجي بده يتصل فيك، ممكن رقمك؟', '@s ماما بتقول ممكن تتصل فيها؟', '@s mama bt2ool momken tetsel fiha?'],
  },
  {
    id: 'mix.ask', act: 'ask_number', labels: ['request'], mix: true,
    frames: [
      'Hi miss, can I get your number? عشان أسألك عن الواجب', "@s yalla what's your {soc}? ra7 a3mlak add", "@s 3andak {msg}? it's just easier", '@p مرحبا، could I have your email? بدي أبعت التقرير',
      '@p Is there a quicker way to reach you? الرسائل هون بتتأخر', '@s can we do the class on {vid}? el class hon kteer bi3alle2', '@p Can we meet {place}? أسهل للولد',
    ],
  },
  {
    id: 'mix.pay', act: 'pay_off', labels: ['payment', 'request'], mix: true,
    frames: ['@p Can I pay you cash? الرسوم على الموقع كثير عالية', '@t Direct payment? skip the fees w bnwaffer', '@p Can we continue privately? بنفضل بدون عمولة', '@t Cash is fine, btedfa3o {day}?'],
  },
  {
    id: 'mix.share', act: 'share', labels: [], mix: true,
    frames: ['Ra2mi {phone}, just in case', '@s my snap is {handle}, ضيفني', '@t موقعي {url}, you can book me there', "@p el email {email}, that's the easiest"],
  },
];
