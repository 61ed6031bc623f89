/** French hard negatives. */
import type { Family } from './types.js';

export const FR_NEGATIVES: Family[] = [
  {
    id: 'mention.no_app', act: 'mention', labels: [],
    frames: [
      "Je n'ai pas {msg}, désolée", "@s j'ai même pas {soc} mdr", "@p À la maison on n'utilise pas {msg}", "@p Ma fille n'a pas le droit d'avoir {soc} avant 16 ans", "@s j'ai supprimé {soc} pendant les exams",
      "@s mon tel s'est éteint en plein cours", "@s on m'a confisqué mon tel au collège", '@p Elle passe sa vie sur {soc} au lieu de réviser', "@p L'école utilise {vid} pour les activités",
      '@s toute la classe a un groupe {msg}', "@p Mon téléphone était en silencieux tout l'après-midi, désolée", '@s mon wifi coupe tout le temps', "@p Ma mère n'utilise {msg} que pour parler à la famille en France",
    ],
  },
  {
    id: 'refusal.keep_here', act: 'refusal', labels: [],
    frames: [
      'Je ne peux pas donner mon numéro, restons ici', '@t Désolée, je ne donne pas mon {soc}, mais on peut discuter ici', '@t Je ne fais pas cours sur {vid}, la classe de la plateforme enregistre les cours pour la sécurité',
      '@p Je préfère ne pas payer en liquide, je réserve sur le site', '@t Désolée, les paiements doivent passer par la plateforme', '@t Je ne rencontre pas les élèves en personne, tous les cours sont en ligne ici',
      'Merci, mais je garde tout sur la plateforme', "@t Merci de ne pas m'envoyer ton numéro, écris-moi ici", "@p Je préfère qu'on reste ici plutôt que sur {msg}, si ça vous va",
      "@t Je ne peux pas accepter d'espèces, tout passe par le site",
    ],
  },
  {
    id: 'rules.withdrawn', act: 'rules', labels: [],
    frames: [
      'On a le droit de donner son numéro au prof ?', "C'est contre le règlement d'utiliser {vid} ?", "@p Que faire si quelqu'un me demande de payer en liquide ?",
      '@p Les profs peuvent-ils voir les élèves en personne sur ce site ?', 'On peut partager des adresses mail ici ?', '@s pourquoi je peux pas envoyer mon numéro dans le chat ?',
      '@t Je peux mettre mon site dans mon profil ?', '@p Pourquoi le site bloque les numéros de téléphone ?', "J'allais te demander ton {soc}, mais j'ai lu le règlement",
      "@s j'ai failli te demander ton num mdr, laisse, ici c'est bien", 'Oubliez mon message sur {vid}, on reste ici', '@p Laissez tomber, je paie sur le site', "@s oublie ce que j'ai dit sur {soc}",
    ],
  },
  {
    id: 'harmless.senses', act: 'harmless', labels: [],
    frames: [
      "Zoome sur le graphique et tu verras où il coupe l'axe", "@s vous pouvez zoomer sur l'exercice 3 ? je vois rien", '@t On travaille en équipes de trois', '@t Deux équipes marquent 45 et 38 points, calcule la moyenne',
      '@t Le traitement du signal est un gros chapitre en électronique', "@s j'ai pas de réseau dans ma chambre, ça va peut-être couper", '@t Prends en photo ta rédaction et mets-la dans le cours',
      '@t Le flux de trésorerie tombe chaque année en économie', "@t La rive du fleuve s'érode à l'extérieur du méandre", '@t Ta dissertation ne répond pas au contre-argument',
      '@s comment on appelle une fonction en python ?', '@t En quel point les deux droites se coupent-elles ?', "@t La banque donne 3 % d'intérêts par an, combien as-tu après 5 ans ?",
    ],
  },
  {
    id: 'onplatform.all', act: 'onplatform', labels: [],
    frames: [
      "@p J'ai payé le cours de {day} sur le site", "@p Les {price} livres de l'heure sont prélevées par la plateforme, c'est ça ?", "@p J'ai réservé les 4 prochains cours ici",
      'On peut déplacer le cours de {day} à {time} ?', "@t J'envoie le lien via la classe de la plateforme", "@t Je t'écris ici si je suis en retard", "@t J'ai mis la fiche dans l'espace du cours",
      "@p J'ai écrit à support@mytutor.co.uk pour le remboursement", '@p Il y a un moyen plus rapide de réserver que de passer par le calendrier chaque semaine ?', 'Écris-moi ici quand tu veux',
      "@s l'enregistrement du cours est dans l'onglet classe ?",
    ],
  },
  {
    id: 'numbers.lesson', act: 'numbers', labels: [],
    frames: [
      'Exercice {n} : 3x + 12 = 45, donc x = 11', 'Page {page}, exercices 2 à 9', 'Le résultat est {bignum}', '@t Fais le sujet {examcode} pour les devoirs', '@s mon mock de {subj} est le {date}',
      "@t La prise de la Bastille, c'est le 14 juillet 1789", "@t Mon tarif est de {price} livres de l'heure via la plateforme", '@t Lis les pages {range}', "@s le résultat du {n} c'est {bignum} ?",
      '@t Arrondis {bignum} à trois chiffres significatifs',
    ],
  },
  {
    id: 'code.fiction', act: 'code', labels: [],
    frames: [
      "@s pourquoi ça marche pas ?\n```\nnumero = input('Numero : ')\nprint(numero + 1)\n```", '@s la fonction `envoyer_mail()` renvoie None, je fais quoi de travers ?',
      "@t Pour le SQL : SELECT nom, telephone FROM clients WHERE ville = 'Leeds';", '@s ma boucle for affiche de 1 à 10 au lieu de 0 à 9', '@t Sherlock Holmes habite au 221B Baker Street',
      '@t Les Dursley habitent au 4, Privet Drive', '@t Le Premier ministre habite au 10 Downing Street', '@t Le discours de Gettysburg ne fait que 272 mots',
      '@s dans Les Misérables, les Thénardier tiennent une auberge à Montfermeil',
    ],
  },
  {
    id: 'social_hw.lang', act: 'social_hw', labels: [],
    frames: [
      "@s je fais une rédaction sur l'impact de {soc} sur l'estime de soi des ados", '@s en media on doit analyser une campagne {soc}', '@t Discours argumentatif : faut-il interdire {soc} aux moins de 16 ans ?',
      '@s on fait un sondage sur le temps que les gens passent sur {soc}', "@s comment on dit en anglais « c'est quoi ton numéro de téléphone » ?",
      "@t « What's your email address? » veut dire « quelle est ton adresse mail ? »", "@t À l'oral tu dois savoir dire ton adresse en anglais, c'est juste un exercice",
      "@s « Can I have your number? » c'est correct ?", '@t Vocabulaire : mobile phone = portable, email = courriel',
    ],
  },
  {
    id: 'edu_links.sites', act: 'edu_links', labels: [],
    frames: [
      '@t Regarde BBC Bitesize sur {topic}', '@t Il y a de super exercices sur corbettmaths.com', '@t Les annales sont sur physicsandmathstutor.com', '@t Trace la courbe sur Desmos',
      '@t Il y a de bonnes fiches sur {eduurl}', "@s seneca c'est bien pour {subj} ?", '@t Lien pour les devoirs : {eduurl}', '@t Regarde la vidéo Khan Academy avant le cours',
    ],
  },
  {
    id: 'mix.neg', act: 'mention', labels: [], mix: true,
    frames: [
      "@s j'ai pas {msg}, sorry, let's keep it here", "@p J'ai payé sur le site, all good", '@t Fais un zoom in sur le graphique', '@s my phone died en plein cours sorry', '@t Fais le paper {examcode} for homework',
      "@p I couldn't find the link, mais je l'ai trouvé dans la classe de la plateforme", "@s ma mère dit no {soc} until GCSEs, donc j'ai pas", "@t N'oublie pas : always address the question dans la première phrase",
    ],
  },
];
