/**
 * Portuguese positive frame families (and English–Portuguese mixes). Mostly European Portuguese
 * (telemóvel, explicador, tpc) as spoken by the UK's large Portuguese community, with some
 * Brazilian forms. {day} carries its preposition ("na segunda"), {time} follows "às" ("às 17h");
 * app names take the article ("no Instagram", "pelo Zoom").
 */
import type { Family } from './types.js';

export const PT_POSITIVES: Family[] = [
  {
    id: 'ask_number.direct', act: 'ask_number', labels: ['request'],
    frames: [
      'Pode dar-me o seu número de telemóvel?', 'Qual é o teu número?', 'Passas-me o teu número?', 'Podes dar-me o teu telemóvel?', 'Tem algum número onde o possa contactar?',
      '@s dás-me o teu número?', '@s número?', '@s qual é o teu nr', '@p Podia deixar-me um número de contacto, por precaução?', '@t Pode dar-me um número para avisos sobre as aulas?',
      '@s posso ter o teu número para te perguntar quando ficar preso nos tpc?', 'Me passa seu número?',
    ],
  },
  {
    id: 'ask_email.direct', act: 'ask_email', labels: ['request'],
    frames: [
      'Qual é o teu email?', 'Pode dar-me o seu endereço de e-mail?', '@s qual é o teu mail?', 'Para que email te mando os exercícios?', '@p Podia deixar-nos um email pessoal?',
      '@t Passas-me o teu email para te mandar as fichas?', 'Tens um email para onde te mandar a redação?', '@p Tem um email para onde lhe possa enviar a avaliação da escola?',
      '@s dá-me o teu mail que eu mando as fotos dos tpc', 'Posso ter o teu email?',
    ],
  },
  {
    id: 'ask_social.direct', act: 'ask_social', labels: ['request'],
    frames: [
      'Tens {soc}?', 'Estás no {soc}?', 'Posso adicionar-te no {soc}?', 'Como te encontro no {soc}?', '@s qual é o teu user no {soc}?', '@s passas-me o teu {soc}?',
      '@s posso seguir-te no {soc}?', '@s {soc}?', '@s tens {soc} ou {soc2}?', '@p A minha filha pode segui-la no {soc}?', '@s como te chamas no {soc}?', '@s posso mandar-te mensagem no {soc}?',
    ],
  },
  {
    id: 'ask_platform.on', act: 'ask_platform', labels: ['request'],
    frames: [
      'Tens {msg}?', 'Está no {msg}?', 'Usa {msg}?', '@p Tem {msg}? Era mais prático para mim', 'Podes dar as aulas pelo {vid}?', 'Tens {vid} no portátil?', '@s {msg}?',
      '@s tens {msg} ou {msg2}?', '@t O seu filho tem {msg}?', 'Está disponível no {msg}?', '@p Está no {msg}? Os pais todos usam',
    ],
  },
  {
    id: 'propose_platform.invite', act: 'propose_platform', labels: ['request'],
    frames: [
      'Vamos falar pelo {msg}, é mais fácil', 'Passamos para o {msg}?', 'Podemos fazer as aulas pelo {vid} em vez de aqui?', 'Que tal pelo {vid}?', 'Falamos pelo {msg}?',
      '@p Podíamos fazer as aulas pelo {vid}? É mais fácil para o meu filho', '@t Prefere que a partir de agora façamos as aulas pelo {vid}?', '@s podemos fazer a aula pelo {vid}?',
      '@t Queres entrar no meu grupo do {msg}?', 'Não é melhor falarmos pelo {msg}?', 'Fazemos a aula {day} pelo {vid}?',
    ],
  },
  {
    id: 'propose_platform.announce', act: 'propose_platform', labels: [],
    frames: [
      'Mando-te um link do {vid} antes da aula', 'Manda-me mensagem no {msg}, vejo mais vezes', 'Estou mais ativa no {msg}', 'Adiciono-te no {msg}', 'Encontras-me no {msg}, mesmo nome',
      '@t A partir da próxima semana as aulas vão ser pelo {vid}', '@t Abro a reunião do {vid} às {time}', '@t Link para a aula: {vidlink}', 'Pelo {msg} é mais fácil para mim',
      '@s mando-te mensagem no {msg} depois da escola', '@t A aula {day} vai ser pelo {vid}',
    ],
  },
  {
    id: 'pay_off.ask', act: 'pay_off', labels: ['payment', 'request'],
    frames: [
      'Posso pagar em dinheiro?', 'Posso pagar-lhe diretamente, sem comissão?', 'Faço-lhe uma transferência diretamente?', 'Aceita {payapp}?', 'Posso pagar-te por {payapp}?',
      'Resolvemos isto entre nós e poupamos a comissão?', '@p Dá para pagar fora da plataforma? As taxas são altíssimas', '@t Podia pagar-me diretamente a partir do próximo mês?',
      '@p Pode dar-me o seu IBAN? Faço a transferência hoje à noite', '@t Paga-me em dinheiro {day}?', '@p Podíamos continuar em privado, fora do site?',
      '@p Dá explicações particulares fora da plataforma?', '@t Querem continuar comigo por fora depois deste pacote?',
    ],
  },
  {
    id: 'pay_off.offer', act: 'pay_off', labels: ['payment'],
    frames: [
      'Levo o dinheiro {day}', 'Pago em dinheiro na hora', '@t Normalmente recebo por transferência', 'Acertamos as contas entre nós', '@p Mando-lhe {price} libras por {payapp}',
      '@t Pode pagar-me diretamente, assim poupamos os dois a comissão', '@t Os meus dados bancários: {bank}', '@t O meu link de pagamento: {paylink}',
      '@t Se me pagarem diretamente fica mais barato, o site fica com 25%', '@p Enviei-lhe {price} libras por {payapp}', '@t Por fora cobro {price} libras à hora, sem taxas',
      '@p A partir de agora pagamos em dinheiro', '@t Faço-te um desconto se pagares em mão',
    ],
  },
  {
    id: 'meet.ask', act: 'meet', labels: ['request'],
    frames: [
      'Podemos encontrar-nos pessoalmente?', 'Dá aulas presenciais?', '@p Podia vir cá a casa?', 'Encontramo-nos {place} {day}?', 'Vemo-nos {place} às {time}?',
      '@p A nossa morada é {addr}, dá-lhe jeito {day}?', '@t Vou estar {place} às {time}, passas por lá?', '@s podemos encontrar-nos {place} antes do teste?',
      '@t Podemos rever a matéria {place} depois da escola, se quiseres', '@t Não precisas de dizer aos teus pais, é só uma revisão rápida {place}', '@s podemos fazer a aula pessoalmente?',
      '@p Pode vir cá a casa {day} às {time}? A morada é {addr}',
    ],
  },
  {
    id: 'share.phone', act: 'share', labels: [],
    frames: [
      'O meu número é {phone}', 'Aqui está o meu número: {phone}', 'Tlm: {phone}', '@s o meu nr {phone}', '@t O meu número pessoal é {phone}, é mais rápido',
      '@p O número do meu marido: {phone}, ele responde mais depressa', 'Para qualquer urgência: {phone}', 'Guarda o meu número: {phone}', '{phone} sou eu',
    ],
  },
  {
    id: 'share.phone_channel', act: 'share', labels: ['platform'],
    frames: ['Ligue-me para o {phone}', 'Manda-me SMS para o {phone}', 'Tenho {msg} no {phone}', '{msg}: {phone}', 'Liga-me para o {phone} depois das 18h', '@s manda mensagem para o {phone}', '@t Fala comigo aqui: {walink}'],
  },
  {
    id: 'share.detail', act: 'share', labels: [],
    frames: [
      'O meu email é {email}', 'Escreve-me para {email}', '{email} é o meu email pessoal', '@p Email: {email}', '@s o meu mail {email}', 'Melhor escreveres para {email}, venho cá pouco',
      'O meu {soc} é {handle}', 'Adiciona-me no {soc}: {handle}', 'No {soc} sou {handle}', '@s {handle} no {soc}', '@s segue-me {handle}', '@t Publico fichas no {soc}, a conta é {handle}',
      '@t O meu site: {url}', '@t Podem marcar comigo diretamente em {url}, fica mais barato do que aqui', '@t Os preços estão em {url}', '@p A nossa morada é {addr}', '@p Moramos em {addr}',
      'Tlm {phone}, email {email}', '@t Contacto: {phone} / {email}',
    ],
  },
  {
    id: 'share.email_send', act: 'share', labels: ['request'],
    frames: ['Manda-me para {email}', '@t Enviem os trabalhos de casa para {email}, por favor', '@p Por favor, envie o relatório para {email}', '@s podes mandar-me as respostas para {email}?'],
  },
  {
    id: 'third_party.ask', act: 'third_party', labels: ['request'],
    frames: [
      '@p O meu filho gostava de ter o seu número', '@p A minha filha pergunta se a pode adicionar no {soc}', '@s a minha mãe quer o teu número', '@s o meu pai pergunta se lhe podes dar o teu email', '@s a minha mãe pergunta se tens {msg}', '@t A tua mãe podia mandar-me o número dela?',
      '@t Pede à tua mãe o número de telemóvel para mim, por favor', '@p Uma amiga procura explicador, posso dar-lhe o seu número?',
    ],
  },
  {
    id: 'third_party.pay', act: 'third_party', labels: ['request', 'payment'],
    frames: [
      '@p O meu marido quer pagar-lhe diretamente, pode dar-nos o IBAN?', '@s a minha mãe pergunta se pode pagar em dinheiro', '@s o meu pai pergunta se pode mandar o dinheiro por {payapp}',
      '@t Os teus pais podiam pagar-me em dinheiro?', '@p A avó quer pagar as aulas, pode dar-lhe o dinheiro em mão?',
    ],
  },
  {
    id: 'tech_pretext.ask', act: 'tech_pretext', labels: ['request'],
    frames: [
      'A imagem está sempre a congelar, passamos para o {vid}?', 'A sala virtual não carrega, fazemos a aula pelo {vid}?', 'O microfone não funciona aqui, tentamos pelo {vid}?',
      '@s a app está sempre a expulsar-me, podemos pelo {vid}?', '@t A ligação está péssima hoje, passamos para o {vid}?', '@p O tablet não abre a aula, podia ligar à minha filha pelo {vid}?',
      'O site não funciona outra vez, hoje fazemos pelo {vid}?', 'Não a oiço nada, tentamos pelo {msg}?', '@s as mensagens não chegam aqui, mandas-me pelo {msg}?',
    ],
  },
  {
    id: 'tech_pretext.announce', act: 'tech_pretext', labels: [],
    frames: [
      'A plataforma não funciona, mandei-te um link do {vid}', 'Não consigo entrar, vou estar no {vid}', '@t Por problemas técnicos, a aula de hoje vai ser pelo {vid}',
      '@s o portátil avariou, entro pelo {vid} no telemóvel', '@t O som não funciona, vou ligar-te pelo {vid}', '@t O quadro bloqueou, partilho o ecrã pelo {vid}',
      '@t O site está em baixo, aqui está o link: {vidlink}',
    ],
  },
  {
    id: 'indirect.quicker', act: 'indirect', labels: ['request'],
    frames: [
      'Há alguma forma mais rápida de o contactar?', 'Como te posso contactar fora da app?', 'Podemos falar noutro sítio?', 'Tem outro contacto?', '@p Como a contacto se for urgente?',
      'As mensagens demoram imenso, não há forma mais rápida?', '@s podemos falar noutro lado?', 'Mantemos o contacto quando o curso acabar?', '@p Tem um contacto direto, sem passar pelo site?',
      'Podemos falar fora da plataforma?',
    ],
  },
  {
    // Calls and SMS named as the channel: `platform` too.
    id: 'ask_number.call', act: 'ask_number', labels: ['request', 'platform'],
    frames: ['@p É mais fácil para mim ligar, pode dar-me o seu número?', 'Posso ligar-lhe?', '@s posso mandar-te SMS?', '@p O meu marido queria ligar-lhe, pode dar-me o seu número?', '@s a minha mãe pergunta se lhe podes ligar'],
  },
  {
    id: 'mix.ask', act: 'ask_number', labels: ['request'], mix: true,
    frames: [
      'Olá, can I get your number? É mais fácil', "@s ei, what's your {soc}? vou adicionar-te", "@s tens {msg}? it's just easier", '@p Boa tarde, could I have your email? Mando-lhe o relatório',
      '@p Is there a quicker way to reach you? Aqui as mensagens demoram', '@s podemos fazer a lesson pelo {vid}? the classroom is so laggy', '@p Podemos encontrar-nos in person {place}?',
    ],
  },
  {
    id: 'mix.pay', act: 'pay_off', labels: ['payment', 'request'], mix: true,
    frames: ['@p Would it be ok to pay cash? A comissão do site é muito alta', '@t Podemos skip the fees e combinar diretamente?', '@p Can we pay you privately? Preferíamos sem comissão', '@t Cash is fine, paga {day}?'],
  },
  {
    id: 'mix.share', act: 'share', labels: [], mix: true,
    frames: ['O meu número é {phone}, just in case', '@s my snap is {handle}, adiciona-me', '@t O meu site {url}, you can book me there', "@p O meu email é {email}, that's the easiest"],
  },
];
