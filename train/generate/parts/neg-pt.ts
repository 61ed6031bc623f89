/** Portuguese hard negatives. */
import type { Family } from './types.js';

export const PT_NEGATIVES: Family[] = [
  {
    id: 'mention.no_app', act: 'mention', labels: [],
    frames: [
      'Não tenho {msg}, desculpe', '@s nem tenho {soc} kkk', '@p Cá em casa não usamos {msg}', '@p A minha filha não pode ter {soc} até aos 16', '@s apaguei o {soc} durante os exames',
      '@s o telemóvel desligou-se a meio da aula', '@s tiraram-me o telemóvel na escola', '@p Passa o dia no {soc} em vez de estudar', '@p A escola usa o {vid} para as atividades',
      '@s a turma toda tem um grupo no {msg}', '@p Tive o telemóvel em silêncio a tarde toda, desculpe', '@s a net está sempre a ir abaixo', '@p A minha mãe só usa o {msg} para falar com a família em Portugal',
    ],
  },
  {
    id: 'refusal.keep_here', act: 'refusal', labels: [],
    frames: [
      'Não posso dar o meu número, vamos continuar por aqui', '@t Desculpa, não dou o meu {soc}, mas falamos por aqui', '@t Não dou aulas pelo {vid}, a sala da plataforma grava as aulas por segurança',
      '@p Prefiro não pagar em dinheiro, marco pelo site', '@t Infelizmente os pagamentos têm de passar pela plataforma', '@t Não me encontro com alunos pessoalmente, as aulas são todas online aqui',
      'Obrigada, mas trato de tudo pela plataforma', '@t Por favor não me mandes o teu número, fala comigo aqui', '@p Prefiro continuar aqui em vez do {msg}, se não se importar',
      '@t Não posso aceitar dinheiro, tudo passa pelo site',
    ],
  },
  {
    id: 'rules.withdrawn', act: 'rules', labels: [],
    frames: [
      'Pode-se dar o número de telemóvel ao explicador?', 'É contra as regras usar o {vid}?', '@p O que faço se alguém me pedir para pagar em dinheiro?',
      '@p Os explicadores podem encontrar-se com os alunos pessoalmente neste site?', 'Pode-se partilhar emails aqui?', '@s porque é que não consigo mandar o meu número no chat?',
      '@t Posso pôr o meu site no perfil?', '@p Porque é que o site bloqueia números de telefone?', 'Ia pedir-te o {soc}, mas li as regras', '@s quase te pedia o número kkk, deixa, aqui está bem',
      'Ignore a minha mensagem sobre o {vid}, continuamos aqui', '@p Deixe, pago pelo site', '@s esquece o que disse sobre o {soc}',
    ],
  },
  {
    id: 'harmless.senses', act: 'harmless', labels: [],
    frames: [
      'Dá zoom no gráfico e vês onde corta o eixo', '@s pode dar zoom no exercício 3? não vejo nada', '@t Trabalhamos em equipas de três', '@t Duas equipas fazem 45 e 38 pontos, calcula a média',
      '@t O processamento de sinal é um capítulo importante de eletrónica', '@s tenho pouca rede no quarto, posso ir abaixo', '@t Tira uma foto à resolução e põe na aula',
      '@t O fluxo de caixa sai sempre no exame de economia', '@t A margem do rio sofre erosão no lado de fora do meandro', '@t A tua redação não responde ao contra-argumento',
      '@s como chamo uma função em python?', '@t Em que ponto se intersetam as duas retas?', '@t O banco dá 3% de juros ao ano, quanto tens ao fim de 5 anos?',
    ],
  },
  {
    id: 'onplatform.all', act: 'onplatform', labels: [],
    frames: [
      '@p Paguei a aula {day} pelo site', '@p As {price} libras à hora são cobradas pela plataforma, certo?', '@p Marquei as próximas 4 aulas aqui', 'Podemos mudar a aula {day} para as {time}?',
      '@t Mando o link pela sala da plataforma', '@t Escrevo-te aqui se me atrasar', '@t Pus a ficha no espaço da aula', '@p Escrevi para support@mytutor.co.uk por causa do reembolso',
      '@p Há uma forma mais rápida de marcar do que ir ao calendário todas as semanas?', 'Escreve-me aqui quando quiseres', '@s a gravação da aula está no separador da sala?',
    ],
  },
  {
    id: 'numbers.lesson', act: 'numbers', labels: [],
    frames: [
      'Exercício {n}: 3x + 12 = 45, logo x = 11', 'Página {page}, exercícios 2 a 9', 'O resultado é {bignum}', '@t Faz o exame {examcode} como trabalho de casa', '@s o meu mock de {subj} é a {date}',
      '@t O 25 de Abril foi em 1974', '@t O meu preço é {price} libras à hora através da plataforma', '@t Lê as páginas {range}', '@s o resultado do {n} é {bignum}?',
      '@t Arredonda {bignum} a três algarismos significativos',
    ],
  },
  {
    id: 'code.fiction', act: 'code', labels: [],
    frames: [
      "@s porque é que não funciona?\n```\nnumero = input('Numero: ')\nprint(numero + 1)\n```", '@s a função `enviar_email()` devolve None, o que estou a fazer mal?',
      "@t Para o SQL: SELECT nome, telefone FROM clientes WHERE cidade = 'Leeds';", '@s o meu ciclo for imprime de 1 a 10 em vez de 0 a 9', '@t O Sherlock Holmes mora no 221B de Baker Street',
      '@t Os Dursley moram no número 4 de Privet Drive', '@t O primeiro-ministro mora no número 10 de Downing Street', '@t O discurso de Gettysburg tem só 272 palavras',
      "@s n'Os Maias a família vive no Ramalhete",
    ],
  },
  {
    id: 'social_hw.lang', act: 'social_hw', labels: [],
    frames: [
      '@s estou a fazer uma redação sobre como o {soc} afeta a autoestima dos adolescentes', '@s em media temos de analisar uma campanha do {soc}',
      '@t Discurso persuasivo: devia proibir-se o {soc} a menores de 16?', '@s estamos a fazer um inquérito sobre quanto tempo as pessoas passam no {soc}',
      "@s como se diz em inglês 'qual é o teu número de telemóvel'?", "@t 'What's your email address?' quer dizer 'qual é o teu email?'",
      '@t Na oral tens de saber dizer a tua morada em inglês, é só prática', "@s 'Can I have your number?' está certo?", '@t Vocabulário: mobile phone = telemóvel, email = correio eletrónico',
    ],
  },
  {
    id: 'edu_links.sites', act: 'edu_links', labels: [],
    frames: [
      '@t Vê o BBC Bitesize sobre {topic}', '@t No corbettmaths.com há exercícios muito bons', '@t Os exames antigos estão no physicsandmathstutor.com', '@t Desenha o gráfico no Desmos',
      '@t No {eduurl} há bons resumos', '@s o seneca é bom para {subj}?', '@t Link para o trabalho de casa: {eduurl}', '@t Vê o vídeo da Khan Academy antes da aula',
    ],
  },
  {
    id: 'mix.neg', act: 'mention', labels: [], mix: true,
    frames: [
      "@s não tenho {msg}, sorry, let's keep it here", '@p Paguei pelo site, all good', '@t Faz zoom in no gráfico', '@s my phone died a meio da aula sorry', '@t Faz o paper {examcode} for homework',
      "@p I couldn't find the link, mas encontrei na sala da plataforma", '@s a minha mãe diz no {soc} until GCSEs, por isso não tenho', '@t Lembra-te: always address the question na primeira frase',
    ],
  },
];
