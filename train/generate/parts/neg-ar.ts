/** Arabic hard negatives, in Arabic script and Arabizi. */
import type { Family } from './types.js';

export const AR_NEGATIVES: Family[] = [
  {
    id: 'mention.no_app', act: 'mention', labels: [],
    frames: [
      'ما عندي {msg}، آسفة', '@s أصلًا ما عندي {soc} هههه', '@p بالبيت ما منستعمل {msg}', '@p بنتي ممنوعة من {soc} لحد 16 سنة', '@s حذفت {soc} وقت الامتحانات', '@s الجوال طفى بنص الحصة',
      '@s أخذوا مني الجوال بالمدرسة', '@p طول اليوم على {soc} بدل ما تدرس', '@s كل الصف عنده قروب {msg}', '@p أمي بتستعمل {msg} بس لتحكي مع العيلة', 'ma 3andi {msg}, sorry',
      '@s asln ma 3andi {soc} hahaha', '@s el mobile tafa b nos el 7esa', '@p tool el yom 3ala {soc} badal ma tedros',
    ],
  },
  {
    id: 'refusal.keep_here', act: 'refusal', labels: [],
    frames: [
      'ما بقدر أعطي رقمي، خلينا نحكي هون', '@t آسفة، ما بعطي {soc} تبعي، بس منحكي هون', '@t ما بعطي حصص على {vid}، صف المنصة بيسجل الحصص للأمان', '@p بفضل ما أدفع كاش، رح أحجز من الموقع',
      '@t للأسف الدفع لازم يكون عن طريق المنصة', '@t ما بلتقي بالطلاب شخصيًا، كل الحصص أونلاين هون', 'شكرًا، بس أنا بخلي كل شي على المنصة', '@t لو سمحت لا تبعتلي رقمك، احكي معي هون',
      'ma b2dar a3ti ra2mi, 5allina n7ki hon', '@t el daf3 lazem ykoon 3an tari2 el platform, sorry', '@t ma bshoof el tollab shakhsiyan, kol el 7esas online hon',
    ],
  },
  {
    id: 'rules.withdrawn', act: 'rules', labels: [],
    frames: [
      'مسموح أعطي رقمي للمدرس؟', 'استعمال {vid} ضد القوانين؟', '@p شو أعمل إذا حدا طلب مني أدفع كاش؟', '@p المدرسين بيقدروا يلتقوا بالطلاب شخصيًا على هالموقع؟', 'مسموح نشارك الإيميلات هون؟',
      '@s ليش ما عم يقبل أبعت رقمي بالشات؟', 'كنت بدي أطلب {soc} تبعك بس قريت القوانين', '@s كنت رح أطلب رقمك هههه، خلص هون أحسن', '@p خلص، بدفع من الموقع', 'masmou7 a3ti ra2mi lal ustaz?',
      '@s kont ra7 otlob ra2mak hahaha, 5alas hon a7san',
    ],
  },
  {
    id: 'harmless.senses', act: 'harmless', labels: [],
    frames: [
      'كبّر على الرسم البياني وشوف وين بيقطع المحور', '@s ممكن تعمل زوم على السؤال 3؟ مش شايف', '@t رح نشتغل بفرق من ثلاثة', '@t فريقين جابوا 45 و38 نقطة، احسب المتوسط',
      '@s الإشارة ضعيفة بغرفتي، ممكن أفصل', '@t صوّر الحل وحطه بالحصة', '@t التدفق النقدي بييجي كل سنة بامتحان البزنس', '@t ضفة النهر بتتآكل على الجهة الخارجية للمنعطف',
      '@s كيف بنادي function بالبايثون؟', '@t بأي نقطة بيتقاطع الخطين؟', 'a3mel zoom 3al graph w shoof wein bi2ta3 el axis', '@t ra7 neshtghel b teams min 3 ashkhas',
      '@s el signal da3eef b ghourfti', '@t sawwer el 7al w 7otto bel 7esa',
    ],
  },
  {
    id: 'onplatform.all', act: 'onplatform', labels: [],
    frames: [
      '@p دفعت حصة {day} عن طريق الموقع', '@p الـ{price} باوند بالساعة بتاخذهم المنصة، صح؟', '@p حجزت الحصص الأربع الجاية من هون', 'ممكن نغيّر وقت حصة {day}؟', '@t رح أبعت الرابط من صف المنصة',
      '@t إذا تأخرت بكتبلك هون', '@p راسلت support@mytutor.co.uk بخصوص استرجاع المبلغ', 'ابعتلي هون وقت ما بدك', '@p dafa3t 7esset {day} 3an tari2 el site', '@t ra7 ab3at el link min class el platform',
      'ib3atli hon wa2t ma bdak',
    ],
  },
  {
    id: 'numbers.lesson', act: 'numbers', labels: [],
    frames: [
      'السؤال {n}: 3x + 12 = 45، يعني x = 11', 'صفحة {page}، الأسئلة من 2 لـ 9', 'الجواب {bignum}', '@t حل ورقة {examcode} كواجب', '@s امتحان {subj} التجريبي يوم {date}',
      '@t سعري {price} باوند بالساعة عن طريق المنصة', '@t اقرأ الصفحات {range}', 'so2al {n}: 3x + 12 = 45, ya3ni x = 11', 'safha {page}, el as2ile min 2 la 9', '@t 7el paper {examcode} ka wajeb',
    ],
  },
  {
    id: 'code.fiction', act: 'code', labels: [],
    frames: [
      "@s ليش ما بيشتغل؟\n```\nnumber = input('Number: ')\nprint(number + 1)\n```", '@s الدالة `send_email()` بترجع None، شو الغلط؟',
      "@t لسؤال SQL: SELECT name, phone FROM customers WHERE city = 'Leeds';", '@t شيرلوك هولمز ساكن في 221B بيكر ستريت', '@t رئيس الوزراء ساكن في 10 داونينغ ستريت',
      '@t خطاب غيتيسبرغ 272 كلمة بس', '@t Sherlock Holmes sakin fi 221B Baker Street', '@s el function `send_email()` btraje3 None, shu el ghalat?',
    ],
  },
  {
    id: 'social_hw.lang', act: 'social_hw', labels: [],
    frames: [
      '@s بكتب مقال عن تأثير {soc} على ثقة المراهقين بأنفسهم', '@s بالميديا لازم نحلل حملة إعلانية على {soc}', '@t خطاب إقناعي: لازم يمنعوا {soc} عن اللي تحت 16؟',
      "@s كيف بنقول بالإنجليزي 'شو رقم تلفونك'؟", "@t 'What's your email address?' يعني 'شو إيميلك؟'", "@s للـGCSE Arabic لازم أقول 'رقمي هو...'، كيف بكتبها صح؟",
      '@s bakteb essay 3an ta2seer {soc} 3ala el teenagers', "@s kif bn2ool bel English 'shu ra2mak'?",
    ],
  },
  {
    id: 'edu_links.sites', act: 'edu_links', labels: [],
    frames: [
      '@t شوف BBC Bitesize عن {topic}', '@t في تمارين كثير حلوة على corbettmaths.com', '@t الامتحانات القديمة على physicsandmathstutor.com', '@t في ملخصات حلوة على {eduurl}', '@t رابط الواجب: {eduurl}',
      '@t shoof BBC Bitesize 3an {topic}', '@t fi notes 7elwe 3ala {eduurl}',
    ],
  },
  {
    id: 'mix.neg', act: 'mention', labels: [], mix: true,
    frames: [
      "@s ma 3andi {msg}, sorry, let's keep it here", '@p دفعت من الموقع، all good', '@t a3mel zoom in 3al graph', '@s my phone died بنص الحصة sorry', '@t 7el el paper {examcode} for homework',
      "@p I couldn't find the link, بس لقيته بصف المنصة", '@s mama bt2ool no {soc} until GCSEs', '@t Remember: always address the question بأول جملة',
    ],
  },
];
