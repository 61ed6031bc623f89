/**
 * English hard-negative frame families: messages that mention phones, apps, money, places and
 * numbers without proposing to move contact or payment off the platform. Slots such as {msg} or
 * {soc} are filled exactly as in positives (same spellings) but never add a label here: the point
 * is that the name alone is not the signal.
 */
import type { Family } from './types.js';

export const EN_NEGATIVES: Family[] = [
  // ---------------------------------------------------------------- mentions, not proposals
  {
    id: 'mention.no_app', act: 'mention', labels: [],
    frames: [
      "I don't have {msg}, sorry", "@s i dont even have {soc} lol", "@p We don't use {msg} in our house", "@s my mum won't let me get {soc}",
      "@p {child} isn't allowed {soc} until she's 16", '@s i deleted {soc} for exam season', "I've never used {vid} before, is it like the classroom on here?",
      "@p I'm not on any social media, never have been", '@s i got banned off {soc} lol', "@s my phone's too old for {msg}", "@t I don't really use {soc}, I'm a bit of a dinosaur",
      '@p {child} came off {soc} last month and she seems happier',
    ],
  },
  {
    id: 'mention.phone_trouble', act: 'mention', labels: [],
    frames: [
      'My phone died halfway through, sorry!', '@s my phone got confiscated at school', "@s my laptop's on 5% so i might drop out", "@p {child} lost his phone so he'll join from my laptop",
      "@s my screen is cracked so I can't see the whiteboard properly", '@p Sorry, my phone was on silent all afternoon', '@s my wifi keeps cutting out',
      'I got a new phone and it logged me out of the app', "@s my phone storage is full so the app wont update", "@p Our internet is down, I'm using my phone's hotspot",
      "@t Apologies, my phone battery died just before the lesson", '@s my charger broke so i was offline all weekend',
    ],
  },
  {
    id: 'mention.third_person', act: 'mention', labels: [],
    frames: [
      "@p She's always on {soc} instead of revising", '@p He spends hours on {msg} with his friends', '@s my brother is obsessed with {plat}', '@p His school uses {vid} for homework club',
      '@p Her PE teacher posts updates on {soc}', '@s everyone in my class has a {msg} group chat', '@p My mum only uses {msg} to talk to family back home',
      '@t Half my students say they revise with {soc} videos', '@p The school sends letters by email, not on {msg}', '@s my friend got a new phone and now shes always on {soc}',
      '@p The parents at school have a {msg} group but I muted it', '@s my teacher set homework on {vid} during covid lol',
    ],
  },
  // ---------------------------------------------------------------- refusals
  {
    id: 'refusal.keep_here', act: 'refusal', labels: [],
    frames: [
      "I can't share my number, let's keep it on here", "@t Sorry, I'm not able to give out my {soc}, but happy to chat here",
      "@t I don't move lessons to {vid}, the platform classroom records them for safety", "@p I'd rather not pay in cash, I'll book through the site",
      "@t We have to keep payments on the platform, I'm afraid", "@t I don't meet students in person, all lessons are online here", 'Thanks, but I keep everything on the platform',
      "@t No, I won't add you on {soc}, sorry, it's against the rules and it's safer this way", '@t Please don\'t send me your number, just message me on here',
      "@t I'd love to help but I can only take bookings through the site", "@t I'm afraid I can't take cash, everything goes through the platform",
      "@p I'd prefer we stay on here rather than {msg}, if that's ok", '@t Let\'s keep our chats on this app, it protects both of us',
      "@t I'm not allowed to give students my personal email, but you can upload work here", "@p No thank you, we're happy to keep paying through the site",
    ],
  },
  // ---------------------------------------------------------------- questions about the rules
  {
    id: 'rules.question', act: 'rules', labels: [],
    frames: [
      'Am I allowed to give my number to a tutor?', 'Is it against the rules to use {vid}?', '@p What happens if someone asks to pay in cash?',
      '@p Can tutors meet students in person on this site?', '@p Does the code of conduct say anything about {soc}?', 'Are we allowed to share email addresses on here?',
      "@s why can't I send my number in the chat?", "@p Who do I report it to if a tutor asks for {child}'s {soc}?", '@t Am I allowed to mention my own website in my profile?',
      "@t What's the policy if a parent offers to pay me directly?", '@p Why does the site block phone numbers?', '@t Do I have to use the platform classroom for every lesson?',
      "@p Just checking the rules: is it ok for {child} to message you on here without me?",
    ],
  },
  // ---------------------------------------------------------------- withdrawn asks
  {
    id: 'withdrawn.never_mind', act: 'withdrawn', labels: [],
    frames: [
      'nearly asked for your {soc} then remembered the rules, ignore me', '@s i nearly asked for ur number lol, never mind, here is fine',
      "Ignore my last message about {vid}, we'll stay on here", "@p Scratch that, I'll just pay through the site", "Sorry, I shouldn't have asked for your email, I'll message on here",
      "@p I was about to ask if you're on {msg}, but I see everything has to stay on the platform", '@s forget what i said about {soc} lol',
      '@p Actually no need for your number, the app notifications work now', "@t Sorry, I mentioned {vid} earlier by mistake, we'll use the classroom as usual",
      "@p Please disregard my question about paying cash, I've booked on the site", '@s nvm about the number thing, my mum said no',
    ],
  },
  // ---------------------------------------------------------------- harmless senses
  {
    id: 'harmless.zoom_teams', act: 'harmless', labels: [],
    frames: [
      'If you zoom in on the graph you can see where it crosses the axis', "@s can you zoom in on question 3, it's tiny", '@t Zoom out a bit so we can see the whole diagram',
      "@t We'll work in teams of three for the debate", '@s our school teams are doing a maths quiz', '@t Two teams score 45 and 38, find the mean',
      "@s the camera zoom on my phone is rubbish so the photo is blurry", '@t Zoom into the number line between 2.3 and 2.4', '@p {child} made the netball team!',
      '@t In the question, the two teams play each other twice', "@s i'll zoom the page so you can read it", '@t Zooming in on the quote, what does "dagger" suggest?',
    ],
  },
  {
    id: 'harmless.signal_snap', act: 'harmless', labels: [],
    frames: [
      '@t Signal processing is a big part of the electronics module', '@s the signal in my room is bad so I might lag', '@t The traffic light question is a classic timing problem',
      '@t Snap a photo of your working and upload it to the lesson', '@s my pencil snapped lol', "@t Don't make a snap decision, read the question twice",
      '@t Neurons signal to each other across the synapse', "@s i'll snap a pic of the page and put it in the classroom", "@t Signal words like 'however' show a contrast in your essay",
      '@t The signal-to-noise ratio is in the A-level physics spec', "@s we played snap in french to learn vocab",
    ],
  },
  {
    id: 'harmless.money_words', act: 'harmless', labels: [],
    frames: [
      '@t Cash flow forecasts come up every year in business studies', '@t The river bank erodes on the outside of the meander',
      '@t A bank charges 3% compound interest; how much is in the account after 5 years?', "@t Your essay doesn't address the counter-argument",
      '@t Make sure you address the question in your first sentence', '@s how do I call a function in python', '@t An IP address is just a label for a device on a network',
      '@t Energy transfer diagrams are on the next page', '@s do we need to pay attention to units in q4?', '@t Heat transfer by conduction is slower in wood',
      '@t The case study compares private and public sector jobs', "@t In the word problem, Sam pays £{price} in cash for 3 books; find the price of one",
      "@s is 'cash cow' a real business term or did i make that up", '@t Private schools and state schools are compared in the sociology source',
    ],
  },
  {
    id: 'harmless.contact_words', act: 'harmless', labels: [],
    frames: [
      '@t Where do the two lines meet? Solve them simultaneously', '@t The point where the graphs meet is (2, 5)', "@t Get a handle on fractions first, then we'll do ratio",
      '@t Messenger RNA carries the code to the ribosome', '@t The Zimmermann Telegram helped bring the USA into the war', "@t There's a lot of discord between the Montagues and Capulets",
      '@t Draw a line of best fit through the points', "@s what's the number of moles if the mass is 12g", '@t Meet the assessment objectives: AO1, AO2, AO3',
      '@t A phone number is a good example of data you store as a string, not an integer', '@t The handle on the pan is made of plastic because it is an insulator',
    ],
  },
  // ---------------------------------------------------------------- the platform itself
  {
    id: 'onplatform.pay', act: 'onplatform', labels: [],
    frames: [
      "@p I've paid for {day}'s lesson through the site", '@p The £{price}/hr comes out through the platform, right?', "@p I've booked the next 4 lessons on here",
      '@p The invoice came through the app, all paid', '@t You can pay for the block of 10 at the checkout on here', '@p Just topped up our lesson credit',
      '@t Payment is taken automatically after each lesson on the platform', '@p Is the £{price} charged when I book or after the lesson?', '@p I used the voucher code at checkout on the site',
      '@t The platform emails the receipt to your account address, so check there', "@p My card was declined on the site, I'll try again tonight",
    ],
  },
  {
    id: 'onplatform.schedule', act: 'onplatform', labels: [],
    frames: [
      "Can we move {day}'s lesson to {time}?", "@t I'll send the link through the classroom on here", "@t I'll message you on here if I'm running late",
      'Just message me here whenever', '@p Can you reschedule on here for {day} at {time}?', "@t I've uploaded the worksheet to the lesson space", '@s can you see the recording in the classroom tab?',
      "@t Let's keep all our messages on the platform from now on", '@p Is there a quicker way to book than going through the calendar every week?',
      "@t I've accepted the booking request for {day}", '@s can we push the lesson to {time}, i have football', "@t I'll be in the classroom five minutes early",
    ],
  },
  {
    id: 'onplatform.support', act: 'onplatform', labels: [],
    frames: [
      "@p I've sent support@mytutor.co.uk a note about the missed-lesson credit", '@p Support said to contact support@mytutor.co.uk if the lesson space crashes again',
      '@t If the classroom freezes, refresh the page and rejoin from the lesson link on here', "@p The platform's help centre says to use Chrome for the classroom",
      "@t You'll get a notification from the app when I've uploaded feedback", '@p I rang the platform\'s helpline and they sorted the booking', '@t The video classroom works best on a laptop rather than a phone',
    ],
  },
  // ---------------------------------------------------------------- lesson content with numbers
  {
    id: 'numbers.maths', act: 'numbers', labels: [],
    frames: [
      'Question {n}: 3x + 12 = 45, so x = 11', 'Page {page}, questions 2 to 9', 'The answer is {bignum}', '@t Write 0.000 045 in standard form',
      '@t Round {bignum} to 3 significant figures', '@s is the answer to q{n} {bignum}?', '@t Expand (x + 7)(x - 3) and simplify', '@t The sequence goes 7, 14, 21, 28... find the nth term',
      '@s i got {bignum} for the area but the book says something else', '@t Calculate 17.5% of £{price}0', '@t The gradient is -3/4 and it passes through (0, 7)',
      '@s what is {bignum} divided by 12', '@t Pages {range} are all on {topic}',
    ],
  },
  {
    id: 'numbers.exams', act: 'numbers', labels: [],
    frames: [
      '@t Do paper {examcode} for homework, all of it', '@s my {subj} mock is on {date}', '@t Grade boundaries last year: a 7 was 165/240', "@p {child}'s exam is {examcode} on {date}",
      '@t The {year} paper question {n} is a good one', "@t Mark scheme for {examcode} is on the exam board's site", '@s I got 47/80 on the mock', '@t Aim for all 5 marks on Q{n}',
      '@t Your target for {examcode} is 60 out of 80', '@s is {examcode} the calculator one', '@p Results day is {date}',
    ],
  },
  {
    id: 'numbers.prices_dates', act: 'numbers', labels: [],
    frames: [
      '@t My rate is £{price}/hr through the platform', '@p The block of 10 lessons is £{price}0 on the site, is that right?', '@t The Battle of Hastings was in 1066',
      '@t The Treaty of Versailles was signed on 28 June 1919', '@s can we do {date} instead', '@t Read pages {range} for {day}', '@t Term starts on {date}',
      '@t World War One ran from 1914 to 1918, so 4 years', '@p The school holidays are {date} to {date2}', "@t That's £{price} per lesson, booked on here as usual",
    ],
  },
  // ---------------------------------------------------------------- code
  {
    id: 'code.snippets', act: 'code', labels: [],
    frames: [
      "@s why does this not work\n```\nphone = input('Enter number: ')\nprint(phone + 1)\n```", '@s my function `call(x)` returns undefined??',
      '@s const email = user.email; why is it null?', "@t For the SQL task: SELECT name, phone FROM customers WHERE city = 'Leeds';",
      '@s regex for email validation: ^[\\w.]+@\\w+\\.com$ is that right?', '@t def send_message(self, text): self.inbox.append(text)',
      "@s what's wrong with `if number = 5:`", '@t In Python, address = input("Enter your address: ") stores a string',
      '@s my for loop prints 1 to 10 instead of 0 to 9', '@t int count = 0; for (int i = 0; i < 10; i++) count += i;',
      '@t Validate the phone field with len(phone) == 11 and phone.isdigit()', '@s how do i make the button call sendEmail() when clicked',
      "@t class Contact:\n    def __init__(self, name, email):\n        self.name = name\n        self.email = email",
    ],
  },
  // ---------------------------------------------------------------- fiction and history
  {
    id: 'fiction.addresses', act: 'fiction', labels: [],
    frames: [
      '@t Sherlock Holmes lives at 221B Baker Street', '@t The Dursleys live at number 4 Privet Drive', '@s in the book they hide at 12 Grimmauld Place',
      '@t Paddington lives with the Browns at 32 Windsor Gardens', '@t The Prime Minister lives at 10 Downing Street', "@t Lincoln's Gettysburg Address is only 272 words",
      "@t In A Christmas Carol, Scrooge's counting-house is in the City", '@t The White House is at 1600 Pennsylvania Avenue', '@s in Great Expectations Miss Havisham lives at Satis House',
      "@t In Jekyll and Hyde, Hyde's door is on a by-street in Soho", "@t Anne Frank's family hid at Prinsengracht 263", '@t Wilfred Owen wrote letters to his mother from the front',
      '@s in of mice and men they dream of their own farm', '@t Juliet tells Romeo to send word by tomorrow via her nurse',
    ],
  },
  // ---------------------------------------------------------------- homework about social media
  {
    id: 'social_hw.essays', act: 'social_hw', labels: [],
    frames: [
      "@s my essay is on how {soc} affects teenagers' self-esteem", '@s for media studies we have to analyse a {soc} ad campaign', '@s is it ok to quote a tweet in my history coursework?',
      '@s we have to compare how {msg} and email changed communication for sociology', '@t For the computing project, design a database for a social network',
      '@p PSHE homework was about online safety and not giving out your number', '@t Persuasive speech: should under-16s be banned from {soc}?',
      '@s we have to survey people about how much time they spend on {soc}', '@t The data question uses a pie chart of which apps teenagers use most',
      '@s my english essay is about whether {soc} is bad for democracy', '@t For sociology, think about how {msg} groups spread rumours', '@t Business case study: how {soc} makes money from adverts',
    ],
  },
  // ---------------------------------------------------------------- language lessons
  {
    id: 'lang_lesson.phrases', act: 'lang_lesson', labels: [],
    frames: [
      "@s how do you say 'what's your phone number' in French?", "@s is 'Quel est ton numéro de téléphone ?' right?", "@t In Spanish, 'mi correo electrónico es...' means 'my email is...'",
      "@t Polish vocab: 'numer telefonu' = phone number", "@t Role-play task: you're at a hotel, ask the receptionist for their email", "@s for german speaking I have to say where I live, is 'Ich wohne in London' ok?",
      "@t Translate 'Can I have your number?' into French for the role-play card", "@t In the role-play, the examiner will ask 'Tu as Instagram ?', just answer in full sentences",
      "@s what's the spanish for 'send me a message'?", '@t Vocab list: le portable = mobile phone, le courriel = email', "@s how do i say 'my number is' in urdu for the gcse speaking",
      "@t 'Dame tu número' is informal, 'Deme su número' is formal, learn both for the exam",
    ],
  },
  // ---------------------------------------------------------------- educational links
  {
    id: 'edu_links.sites', act: 'edu_links', labels: [],
    frames: [
      '@t Have a look at BBC Bitesize on {topic}', '@t Try the Corbettmaths 5-a-day for {day}', '@t {eduurl} has past papers sorted by topic', '@t Revise {topic} on {eduurl} before {day}',
      '@t Plot it on desmos.com/calculator and see what happens', '@t Khan Academy has a good video on {topic}', '@s is seneca learning good for {subj}?', '@t Past papers are on aqa.org.uk',
      '@t Use GeoGebra to draw the circle theorem diagram', '@t The Oak National Academy lesson on {topic} is really clear', '@s the {eduurl} notes on {topic} are so good', '@t Link for the homework: {eduurl}',
    ],
  },
  // ---------------------------------------------------------------- long, chatty messages
  {
    id: 'onplatform.story', act: 'onplatform', labels: [],
    frames: [
      "@p Hi {name}, just to let you know I've booked the next block of lessons through the site and the payment has gone through. {child} is really looking forward to starting {topic}. Could we keep {day} at {time} as the regular slot? Thanks again for all your help.",
      "@t Hi {name}, thanks for a great session today. {child} worked really hard on {topic}. I've uploaded the worksheet to the lesson space and left some notes in the classroom chat. If anything comes up before {day}, just message me on here and I'll reply as soon as I can.",
      "@p Hello, I was charged twice for last week's lesson. I've already emailed support@mytutor.co.uk with the receipt, so no need for you to do anything, I just wanted to let you know in case the booking looks odd on your side.",
      "@s hi, sorry i couldn't join today, my laptop died halfway through and by the time i found the charger the lesson was over. can we rebook for {day}? i'll make sure it's charged this time",
      "@t Quick reminder that I'm away next week, so I've moved our {day} lesson to the following Monday at {time} in the calendar on here. The price is the same, £{price} through the platform, and the link will be in the classroom as usual.",
    ],
  },
  {
    id: 'refusal.story', act: 'refusal', labels: [],
    frames: [
      "@t Hi {name}, that's kind of you to offer, and I see why it'd be simpler. I'm afraid I can't accept payment away from the platform or move our lessons to {vid}; the classroom here records every session, which keeps {child} and me safe. Happy to keep going here as normal!",
      "@t Thanks for asking, but I keep all contact with students on the platform. It's partly the rules and partly safeguarding: it means your parents can see everything and so can the platform. If you get stuck on homework, just message me here and I'll answer as soon as I can.",
      "@p Thank you for offering to give us your number, that's very kind. I think we'd rather keep everything on here, though, so there's a record of all the messages. The app notifications work fine for us now.",
      "@t I know a few tutors do lessons at students' houses, but I only teach online through the platform. Honestly, {child} is doing brilliantly with the whiteboard here, so I don't think we'd gain much from meeting in person anyway.",
    ],
  },
  {
    id: 'mention.story', act: 'mention', labels: [],
    frames: [
      "@p Sorry we missed the lesson, it's been a chaotic week. {child} dropped her phone in the bath on Monday so she's had no way of seeing any notifications, and I didn't realise the lesson was booked until the reminder came through on my laptop. Can we rebook on here?",
      "@p I'm a bit worried about {child}, to be honest. She's on {soc} until all hours and her teachers say she's tired in class. I'm not asking you to do anything, I just wanted you to know why she might seem distracted in {subj}.",
      "@s sorry if i seem distracted today, my mum took my phone off me because i was on {soc} too much lol. i'll still be in the lesson on my laptop though",
      "@t Just a heads-up: {child} mentioned that her class group chat on {msg} has been sharing answers to the homework. I've told her it's fine to discuss ideas but the working needs to be her own, so we'll go through it together on {day}.",
    ],
  },
  {
    id: 'numbers.story', act: 'numbers', labels: [],
    frames: [
      "@t For homework, please do questions 3 to 9 on page {page}, then paper {examcode} if you have time. Remember to show your working: the mark scheme gives method marks even if the final answer is wrong. We'll go through it together on {day} at {time}.",
      "@s i got {bignum} for question {n} but the answer in the back of the book is different, i've checked it twice and i think i might have rounded too early? can we go over it in the lesson",
      "@t Great effort on the mock! You scored 58 out of 80 on {examcode}, which is roughly a grade 6 using last year's boundaries. Most of the lost marks were on {topic}, so that's where we'll focus for the next three weeks.",
    ],
  },
];
