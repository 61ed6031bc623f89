/**
 * Urdu positive frame families, romanised (as most British Pakistani families type on a phone)
 * and in Urdu script; plus Urdu–English mixes. The composer reads each frame's script and fills
 * names, days and app names in the same script (native app spellings: "واٹس ایپ").
 * {place} reads "station ke paas wale Costa mein"; {time} "5 baje"; {day} stands alone.
 */
import type { Family } from './types.js';

export const UR_POSITIVES: Family[] = [
  {
    id: 'ask_number.direct', act: 'ask_number', labels: ['request'],
    frames: [
      'Aap ka number mil sakta hai?', 'Apna number de dein please', 'Sir aap ka mobile number kya hai?', '@s apna number do na', '@s number?', '@s number bhej do',
      '@t Aap apna contact number bhej dein, class ke updates ke liye', '@p Koi number hai jis pe aap se raabta ho sake?',
      'آپ کا نمبر مل سکتا ہے؟', 'اپنا موبائل نمبر دے دیں پلیز', '@p کیا آپ اپنا فون نمبر بھیج سکتی ہیں؟', '@s اپنا نمبر دو نا', '@t رابطے کے لیے اپنا نمبر بھیج دیں', 'کوئی نمبر ہے جس پر آپ سے بات ہو سکے؟',
    ],
  },
  {
    id: 'ask_email.direct', act: 'ask_email', labels: ['request'],
    frames: [
      'Aap ka email kya hai?', 'Apna email address de dein', '@s email kya hai tumhari?', 'Homework kis email pe bhejoon?', '@p Koi personal email de sakti hain?',
      '@t Apna email bhej do, worksheets bhej deta hoon', '@s email do na, homework ki pics bhejni hain', 'آپ کا ای میل کیا ہے؟', 'اپنا ای میل ایڈریس دے دیں', '@p رپورٹ کس ای میل پر بھیجوں؟', '@s اپنی ای میل بتاؤ',
    ],
  },
  {
    id: 'ask_social.direct', act: 'ask_social', labels: ['request'],
    frames: [
      'Aap {soc} pe ho?', 'Aap ka {soc} kya hai?', '@s {soc} id kya hai?', '@s {soc} pe add kar loon?', '@s {soc} hai?', '@s {soc} ya {soc2}?', '@p Meri beti aap ko {soc} pe follow kar sakti hai?',
      '@s tumhara {soc} username kya hai', 'کیا آپ {soc} پر ہیں؟', 'آپ کا {soc} کیا ہے؟', '@s {soc} پر ایڈ کر لوں؟', '@s {soc} آئی ڈی بھیجو',
    ],
  },
  {
    id: 'ask_platform.on', act: 'ask_platform', labels: ['request'],
    frames: [
      'Aap {msg} pe ho?', 'Aap ke paas {msg} hai?', '@p Kya aap {msg} use karti hain? Mere liye asaan rahega', 'Class {vid} pe ho sakti hai?', '@s {msg}?', '@s {msg} ya {msg2}?',
      '@t Kya beta {msg} use karta hai?', 'Aap {vid} use karte hain?', 'کیا آپ {msg} پر ہیں؟', 'آپ کے پاس {msg} ہے؟', '@p کیا کلاس {vid} پر ہو سکتی ہے؟', '@s {msg} ہے؟',
    ],
  },
  {
    id: 'propose_platform.invite', act: 'propose_platform', labels: ['request'],
    frames: [
      '{msg} pe baat kar lete hain, asaan rahega', 'Kya hum {msg} pe shift ho sakte hain?', 'Classes {vid} pe kar lein?', '@p Kya classes {vid} pe ho sakti hain? Bachon ko asaani hoti hai',
      '@t Aage se classes {vid} pe rakhein?', '@s class {vid} pe kar lein?', '@t Mere {msg} group mein aa jao?', 'Yahan ke bajaye {msg} pe baat karein?',
      'چلیں {msg} پر بات کر لیتے ہیں؟', 'کیا ہم کلاس {vid} پر کر سکتے ہیں؟', '@t آئندہ کلاسیں {vid} پر رکھ لیں؟', '{msg} پر آ جائیں؟',
    ],
  },
  {
    id: 'propose_platform.announce', act: 'propose_platform', labels: [],
    frames: [
      'Main aap ko {vid} ka link bhej deti hoon', 'Mujhe {msg} pe message kar dein, wahan jaldi dekhti hoon', 'Main {msg} pe zyada active hoon', '@t Agle hafte se classes {vid} pe hongi',
      '@t {time} {vid} meeting start kar doonga', '@t Class ka link: {vidlink}', '@s school ke baad {msg} pe message karta hoon', '@s mujhe {msg} kar dena',
      'میں آپ کو {vid} کا لنک بھیج دیتی ہوں', 'مجھے {msg} پر میسج کر دیں', '@t اگلے ہفتے سے کلاسیں {vid} پر ہوں گی', '@t کلاس کا لنک: {vidlink}',
    ],
  },
  {
    id: 'pay_off.ask', act: 'pay_off', labels: ['payment', 'request'],
    frames: [
      'Kya main cash de sakti hoon?', 'Aap ko direct payment kar doon, fees ke baghair?', 'Seedha aap ke account mein transfer kar doon?', 'Kya aap {payapp} lete hain?', '{payapp} pe bhej doon?',
      '@p Kya platform ke bahar payment ho sakti hai? Fees bohat zyada hai', '@t Kya aap agle mahine se mujhe direct pay kar sakti hain?', '@p Apni account details bhej dein, aaj raat transfer kar deti hoon',
      '@t Cash {day} ko de dein ge?', '@p Kya hum private classes continue kar sakte hain, site ke bahar?', 'Aapas mein settle kar lein, commission bach jayega?',
      'کیا میں کیش دے سکتی ہوں؟', 'آپ کو ڈائریکٹ پیمنٹ کر دوں؟ فیس بچ جائے گی', '@p کیا ویب سائٹ کے باہر پیمنٹ ہو سکتی ہے؟', '@p اپنے اکاؤنٹ کی تفصیلات بھیج دیں، ٹرانسفر کر دیتی ہوں', '{payapp} پر بھیج دوں؟',
    ],
  },
  {
    id: 'pay_off.offer', act: 'pay_off', labels: ['payment'],
    frames: [
      'Main {day} ko cash le aaungi', 'Cash de doongi class ke baad', '@t Main aam tor pe bank transfer leta hoon', 'Paise ka hum aapas mein dekh lenge', '@p {price} pound {payapp} pe bhej diye hain',
      '@t Aap mujhe direct pay kar dein, dono ka commission bachega', '@t Account details: {bank}', '@t Payment link: {paylink}', '@t Direct payment pe sasta parega, site 25% kaat leti hai',
      '@t Private mein {price} pound per hour leta hoon', 'میں {day} کو کیش دے دوں گی', '@t آپ مجھے ڈائریکٹ پیمنٹ کر دیں، کمیشن بچ جائے گا', '@t اکاؤنٹ کی تفصیل: {bank}', '@p {price} پاؤنڈ {payapp} پر بھیج دیے ہیں',
    ],
  },
  {
    id: 'meet.ask', act: 'meet', labels: ['request'],
    frames: [
      'Kya hum mil sakte hain?', 'Kya aap ghar aa kar parha sakti hain?', '@p Aap ghar aa jaya karein classes ke liye?', '{day} {place} mil lein?', '{time} {place} milein?',
      '@p Hamara address {addr} hai, {day} theek hai?', '@t Main {time} {place} hoon ga, aa jao?', '@s test se pehle {place} mil sakte hain?',
      '@t Ghar walon ko batane ki zaroorat nahi, bas thori si revision {place} kar lenge, theek?', '@s class face to face ho sakti hai?', 'کیا ہم مل سکتے ہیں؟', '@p کیا آپ گھر آ کر پڑھا سکتی ہیں؟',
      '{day} {place} مل لیں؟', '@t میں {time} {place} ہوں گا، آ جاؤ؟', '@p ہمارا ایڈریس {addr} ہے، {day} آ سکتی ہیں؟',
    ],
  },
  {
    id: 'share.phone', act: 'share', labels: [],
    frames: [
      'Mera number {phone} hai', 'Ye mera number hai: {phone}', '@s mera number {phone}', '@t Mera personal number {phone} hai, jaldi jawab doonga', '@p Mere shohar ka number {phone} hai',
      'Emergency ke liye: {phone}', 'Number save kar lein: {phone}', 'میرا نمبر {phone} ہے', 'یہ میرا نمبر ہے: {phone}', '@t میرا ذاتی نمبر {phone} ہے', 'ایمرجنسی کے لیے: {phone}',
    ],
  },
  {
    id: 'share.phone_channel', act: 'share', labels: ['platform'],
    frames: ['Mujhe {phone} pe call kar lein', '{phone} pe {msg} kar dein', '{msg}: {phone}', '@s {phone} pe msg kar do', '@t Yahan click kar ke baat karein: {walink}', '{phone} پر کال کر لیں', '{phone} پر {msg} کر دیں', '{msg}: {phone} ہے'],
  },
  {
    id: 'share.detail', act: 'share', labels: [],
    frames: [
      'Mera email {email} hai', '@s mera email {email}', 'Mera {soc} {handle} hai', '{soc} pe add kar lo: {handle}', '@s {handle} {soc} pe', '@t Meri website: {url}',
      '@t {url} se direct book kar sakte hain, yahan se sasta hai', '@p Hamara address {addr} hai', 'Number {phone}, email {email}', 'میرا ای میل {email} ہے', 'میرا {soc} {handle} ہے',
      '@t میری ویب سائٹ: {url}', '@p ہمارا ایڈریس {addr} ہے',
    ],
  },
  {
    id: 'share.email_send', act: 'share', labels: ['request'],
    frames: ['Homework {email} pe bhej dein', '@p Report {email} pe bhej dein please', '@s answers {email} pe bhej do na', 'Mujhe {email} pe email kar dein', 'یہ {email} پر بھیج دیں'],
  },
  {
    id: 'third_party.ask', act: 'third_party', labels: ['request'],
    frames: [
      '@p Mera beta aap ka number maang raha hai', '@p Meri beti pooch rahi hai kya wo aap ko {soc} pe add kar sakti hai', '@p Mere shohar aap se baat karna chahte hain, number de dein?',
      '@s ammi aap ka number maang rahi hain', '@s abbu pooch rahe hain aap ka email kya hai', '@s ammi pooch rahi hain aap {msg} pe ho?', '@t Apni ammi se kaho mujhe apna number bhej dein',
      '@p Meri saheli ko tutor chahiye, aap ka number de doon?', '@p میرا بیٹا آپ کا نمبر مانگ رہا ہے', '@s امی آپ کا نمبر مانگ رہی ہیں', '@t اپنی امی سے کہو اپنا نمبر بھیج دیں',
    ],
  },
  {
    id: 'third_party.pay', act: 'third_party', labels: ['request', 'payment'],
    frames: [
      '@p Mere shohar aap ko direct pay karna chahte hain, account details de dein?', '@s ammi pooch rahi hain cash de sakti hain?', '@s abbu pooch rahe hain {payapp} pe bhej dein?',
      '@t Kya aap ke abbu cash de sakte hain?', '@s امی پوچھ رہی ہیں کیا کیش دے سکتی ہیں؟', '@p میرے شوہر ڈائریکٹ پیمنٹ کرنا چاہتے ہیں، اکاؤنٹ نمبر دے دیں؟',
    ],
  },
  {
    id: 'tech_pretext.ask', act: 'tech_pretext', labels: ['request'],
    frames: [
      'Video baar baar atak rahi hai, {vid} pe aa jayein?', 'Classroom load nahi ho raha, {vid} pe class kar lein?', 'Yahan mic kaam nahi kar raha, {vid} try karein?',
      '@s app baar baar nikaal rahi hai, {vid} pe kar lein?', '@t Aaj connection bohat kharab hai, {vid} pe shift ho jayein?', '@p Tablet pe class nahi khul rahi, beti ko {vid} pe call kar lein?',
      'Awaaz nahi aa rahi, {msg} pe try karein?', 'ویڈیو بار بار اٹک رہی ہے، {vid} پر آ جائیں؟', 'کلاس روم لوڈ نہیں ہو رہا، {vid} پر کلاس کر لیں؟', '@t آج کنکشن بہت خراب ہے، {vid} پر چلیں؟',
    ],
  },
  {
    id: 'tech_pretext.announce', act: 'tech_pretext', labels: [],
    frames: [
      'Platform nahi chal raha, {vid} ka link bhej diya hai', 'Login nahi ho raha, main {vid} pe hoon', '@t Technical masle ki wajah se aaj ki class {vid} pe hogi',
      '@s laptop kharab ho gaya, phone se {vid} pe aata hoon', '@t Site down hai, ye link hai: {vidlink}', 'پلیٹ فارم نہیں چل رہا، {vid} کا لنک بھیج دیا ہے', '@t آج کی کلاس {vid} پر ہوگی',
      '@t سائٹ ڈاؤن ہے، یہ لنک ہے: {vidlink}',
    ],
  },
  {
    id: 'indirect.quicker', act: 'indirect', labels: ['request'],
    frames: [
      'Aap se jaldi raabta karne ka koi aur tareeqa hai?', 'App ke bahar aap se kaise baat karoon?', 'Kahin aur baat kar sakte hain?', '@p Agar koi urgent baat ho to aap se kaise contact karoon?',
      'Yahan messages bohat late aate hain, koi aur tareeqa hai?', '@s kahin aur baat karein?', 'Course khatam hone ke baad bhi raabta rakhein?', 'Platform ke bahar baat ho sakti hai?',
      'آپ سے رابطے کا کوئی اور طریقہ ہے؟', 'ایپ کے باہر آپ سے کیسے بات کروں؟', 'کہیں اور بات کر سکتے ہیں؟',
    ],
  },
  {
    // Calls and SMS named as the channel: `platform` too.
    id: 'ask_number.call', act: 'ask_number', labels: ['request', 'platform'],
    frames: ['@p Kya aap apna number share kar sakti hain, zaroorat pade to call kar loon?', 'Kya main aap ko call kar sakti hoon?', 'کیا میں آپ کو کال کر سکتی ہوں؟', '@s ammi kehti hain aap unhein call kar lein', '@p Mere shohar aap ko call karna chahte hain, theek hai?'],
  },
  {
    id: 'mix.ask', act: 'ask_number', labels: ['request'], mix: true,
    frames: [
      'Sir can you share your number please? Mujhe homework ke baare mein baat karni thi', "@s miss what's your {soc}? main add kar leti hoon", '@s aap {msg} pe ho? it would be so much easier',
      '@p AoA, could I have your email? Report bhejni hai', '@p Is there a quicker way to reach you? Yahan reply bohat late aata hai', '@s can we do the class on {vid}? yahan bohat lag hai',
      '@p Can we meet {place}? Bachay ke liye asaan rahega',
    ],
  },
  {
    id: 'mix.pay', act: 'pay_off', labels: ['payment', 'request'], mix: true,
    frames: ['@p Can I pay you in cash? Site ki fees bohat zyada hai', '@t Direct payment kar dein? skip the fees', "@p Kya hum privately continue kar sakte hain? we'd rather avoid the commission", '@t Cash is fine, {day} ko de dein ge?'],
  },
  {
    id: 'mix.share', act: 'share', labels: [], mix: true,
    frames: ['Mera number {phone} hai, just in case', '@s my snap is {handle}, add kar lo', '@t Meri website {url} hai, you can book me there', "@p Email {email} hai, that's the easiest"],
  },
];
