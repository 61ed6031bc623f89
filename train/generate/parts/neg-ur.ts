/** Urdu hard negatives, romanised and in Urdu script. */
import type { Family } from './types.js';

export const UR_NEGATIVES: Family[] = [
  {
    id: 'mention.no_app', act: 'mention', labels: [],
    frames: [
      'Mere paas {msg} nahi hai, sorry', '@s mera to {soc} bhi nahi hai lol', '@p Hamare ghar mein {msg} use nahi hota', '@p Beti ko 16 saal tak {soc} ki ijazat nahi', '@s exams ki wajah se {soc} delete kar diya',
      '@s class ke beech phone band ho gaya', '@s school mein phone le liya unhon ne', '@p Sara din {soc} pe rehti hai, parhai nahi karti', '@s poori class ka {msg} group hai',
      '@p Ammi sirf Pakistan mein family se baat ke liye {msg} use karti hain', 'میرے پاس {msg} نہیں ہے، معذرت', '@p سارا دن {soc} پر رہتی ہے، پڑھائی نہیں کرتی', '@s کلاس کے بیچ فون بند ہو گیا',
      '@p امی صرف پاکستان میں فیملی سے بات کے لیے {msg} استعمال کرتی ہیں',
    ],
  },
  {
    id: 'refusal.keep_here', act: 'refusal', labels: [],
    frames: [
      'Main number share nahi kar sakti, yahin baat karte hain', '@t Sorry, main apna {soc} nahi deta, yahan baat kar lete hain', '@t Main {vid} pe class nahi leta, platform ki class safety ke liye record hoti hai',
      '@p Cash nahi dena chahti, site se hi book karoon gi', '@t Payment platform se hi hogi, maazrat', '@t Main students se personally nahi milta, saari classes yahan online hain',
      'Shukriya, lekin main sab kuch platform pe hi rakhti hoon', '@t Please apna number mat bhejo, yahin message karo', 'میں نمبر شیئر نہیں کر سکتی، یہیں بات کرتے ہیں', '@t پیمنٹ پلیٹ فارم سے ہی ہوگی، معذرت',
      '@t میں طلبہ سے ذاتی طور پر نہیں ملتا، ساری کلاسیں یہیں آن لائن ہیں',
    ],
  },
  {
    id: 'rules.withdrawn', act: 'rules', labels: [],
    frames: [
      'Kya tutor ko number dena allowed hai?', 'Kya {vid} use karna rules ke khilaf hai?', '@p Agar koi cash maange to kya karoon?', '@p Kya is site pe tutor students se mil sakte hain?',
      'Kya yahan email share kar sakte hain?', '@s chat mein number kyun nahi jaa raha?', 'Aap ka {soc} maangne wali thi lekin rules parh liye', '@s number maangne laga tha lol, chhoro yahin theek hai',
      '@p Rehne dein, site se hi pay kar deti hoon', 'کیا ٹیوٹر کو نمبر دینا منع ہے؟', '@p اگر کوئی کیش مانگے تو کیا کروں؟', 'آپ کا {soc} مانگنے والی تھی لیکن قوانین پڑھ لیے',
    ],
  },
  {
    id: 'harmless.senses', act: 'harmless', labels: [],
    frames: [
      'Graph pe zoom karo, dekho axis ko kahan cut karta hai', '@s sir question 3 pe zoom kar dein, nazar nahi aa raha', '@t Teen teen ki teams mein kaam karenge', '@t Do teams ke 45 aur 38 points hain, mean nikalo',
      '@s kamre mein signal kamzor hai, shayad disconnect ho jaoon', '@t Apne kaam ki photo kheench ke lesson mein daal do', '@t Cash flow business ke paper mein har saal aata hai',
      '@t Darya ka kinara meander ke bahar ki taraf katta hai', '@s python mein function call kaise karte hain?', '@t Ye dono lines kis point pe milti hain?', 'گراف پر زوم کرو، دیکھو ایکسس کو کہاں کاٹتا ہے',
      '@t تین تین کی ٹیموں میں کام کریں گے', '@t یہ دونوں لائنیں کس پوائنٹ پر ملتی ہیں؟',
    ],
  },
  {
    id: 'onplatform.all', act: 'onplatform', labels: [],
    frames: [
      '@p {day} ki class ki payment site se kar di hai', '@p {price} pound per hour platform hi leta hai na?', '@p Agli 4 classes yahin book kar li hain', 'Kya {day} ki class {time} kar sakte hain?',
      '@t Link platform ki class se bhej doonga', '@t Late hua to yahin message kar doonga', '@p Refund ke liye support@mytutor.co.uk pe email kiya hai', 'Jab chahein yahin message kar dein',
      '@p کلاس کی پیمنٹ سائٹ سے کر دی ہے', '@t لنک پلیٹ فارم کی کلاس سے بھیج دوں گا', 'جب چاہیں یہیں میسج کر دیں',
    ],
  },
  {
    id: 'numbers.lesson', act: 'numbers', labels: [],
    frames: [
      'Sawal {n}: 3x + 12 = 45, to x = 11', 'Page {page}, sawal 2 se 9', 'Jawab {bignum} hai', '@t Homework mein paper {examcode} karo', '@s mera {subj} ka mock {date} ko hai', '@t Pakistan 1947 mein bana',
      '@t Meri fees {price} pound per hour hai, platform ke zariye', '@t Pages {range} parh lena', 'سوال {n}: 3x + 12 = 45، تو x = 11', 'صفحہ {page}، سوال 2 سے 9', '@t ہوم ورک میں پیپر {examcode} کرو',
    ],
  },
  {
    id: 'code.fiction', act: 'code', labels: [],
    frames: [
      "@s ye kaam kyun nahi kar raha?\n```\nnumber = input('Number: ')\nprint(number + 1)\n```", '@s `send_email()` function None de raha hai, kya galti hai?',
      "@t SQL wale sawal ke liye: SELECT name, phone FROM customers WHERE city = 'Leeds';", '@t Sherlock Holmes 221B Baker Street pe rehta hai', '@t Prime Minister 10 Downing Street pe rehte hain',
      '@t Gettysburg Address sirf 272 words ka hai', '@t شرلاک ہومز 221B بیکر اسٹریٹ پر رہتا ہے', '@t وزیراعظم 10 ڈاؤننگ اسٹریٹ میں رہتے ہیں',
    ],
  },
  {
    id: 'social_hw.lang', act: 'social_hw', labels: [],
    frames: [
      '@s mera essay is pe hai ke {soc} teenagers ki self-esteem pe kya asar daalta hai', '@s media mein ek {soc} campaign analyse karni hai', '@t Persuasive speech: kya 16 se kam umar walon pe {soc} ban hona chahiye?',
      "@s English mein 'aap ka phone number kya hai' kaise kehte hain?", "@t 'What's your email address?' ka matlab hai 'aap ka email kya hai?'", "@s GCSE Urdu speaking ke liye 'mera number hai' kaise kahoon?",
      '@s میرا مضمون اس پر ہے کہ {soc} نوجوانوں پر کیا اثر ڈالتا ہے', "@t 'What's your phone number?' کا مطلب ہے 'آپ کا فون نمبر کیا ہے؟'",
    ],
  },
  {
    id: 'edu_links.sites', act: 'edu_links', labels: [],
    frames: [
      '@t BBC Bitesize pe {topic} dekh lo', '@t corbettmaths.com pe bohat achi practice hai', '@t Past papers physicsandmathstutor.com pe hain', '@t {eduurl} pe achay notes hain',
      '@s kya seneca {subj} ke liye acha hai?', '@t Homework ka link: {eduurl}', '@t بی بی سی بائٹ سائز پر {topic} دیکھ لو', '@t {eduurl} پر اچھے نوٹس ہیں',
    ],
  },
  {
    id: 'mix.neg', act: 'mention', labels: [], mix: true,
    frames: [
      "@s mere paas {msg} nahi hai, sorry, let's keep it here", '@p Site se payment kar di, all good', '@t Graph pe zoom in karo', '@s my phone died class ke beech mein sorry',
      '@t Paper {examcode} for homework kar lena', "@p I couldn't find the link, lekin platform ki class mein mil gaya", '@s ammi kehti hain no {soc} until GCSEs', '@t Yaad rakho: always address the question pehli line mein',
    ],
  },
];
