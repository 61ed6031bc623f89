/**
 * French positive frame families (and English–French mixes). Vous for formal writers, tu and
 * texting spellings ("c koi", "t'as", "stp") for teenagers. French puts a space before "?" and ":";
 * teenagers often do not. {day} stands alone ("lundi"), {time} follows "à" ("à 17h").
 */
import type { Family } from './types.js';

export const FR_POSITIVES: Family[] = [
  {
    id: 'ask_number.direct', act: 'ask_number', labels: ['request'],
    frames: [
      'Vous pourriez me donner votre numéro de téléphone ?', "C'est quoi ton numéro ?", 'Tu me passes ton numéro ?', 'Tu peux me donner ton portable ?',
      'Avez-vous un numéro où je peux vous joindre ?', '@s tu me donnes ton num ?', '@s ton num ?', '@s c koi ton numéro', '@p Pourriez-vous me laisser un numéro, au cas où ?',
      '@t Pourriez-vous me communiquer un numéro pour les infos sur les cours ?', '@s tu peux me donner ton numéro pour que je te demande quand je bloque sur les devoirs ?', 'Je peux avoir ton numéro ?',
    ],
  },
  {
    id: 'ask_email.direct', act: 'ask_email', labels: ['request'],
    frames: [
      "C'est quoi ton adresse mail ?", 'Vous pourriez me donner votre adresse e-mail ?', "@s t'as quel mail ?", "À quelle adresse je t'envoie les exercices ?",
      '@p Pourriez-vous nous laisser une adresse mail personnelle ?', "@t Tu me donnes ton mail pour que je t'envoie les fiches ?", "T'as un mail où je peux t'envoyer la rédaction ?",
      '@p Avez-vous un e-mail où je peux vous envoyer le bulletin ?', "@s donne-moi ton mail je t'envoie les photos des devoirs", 'Je peux avoir ton mail ?',
    ],
  },
  {
    id: 'ask_social.direct', act: 'ask_social', labels: ['request'],
    frames: [
      "T'as {soc} ?", 'Tu es sur {soc} ?', "Je peux t'ajouter sur {soc} ?", 'Comment je te trouve sur {soc} ?', "@s c'est quoi ton pseudo sur {soc} ?", '@s tu me passes ton {soc} ?',
      '@s je peux te suivre sur {soc} ?', '@s {soc} ?', "@s t'as {soc} ou {soc2} ?", '@p Ma fille peut vous suivre sur {soc} ?', "@s t'es qui sur {soc} ?", "@s je peux t'écrire sur {soc} ?",
    ],
  },
  {
    id: 'ask_platform.on', act: 'ask_platform', labels: ['request'],
    frames: [
      "T'as {msg} ?", 'Vous êtes sur {msg} ?', 'Vous utilisez {msg} ?', '@p Vous avez {msg} ? Ce serait plus pratique pour moi', 'Tu peux faire les cours sur {vid} ?',
      "T'as {vid} sur ton ordi ?", '@s {msg} ?', "@s t'as {msg} ou {msg2} ?", '@t Votre fils a {msg} ?', 'Vous êtes joignable sur {msg} ?', '@p Vous êtes sur {msg} ? Tous les parents y sont',
    ],
  },
  {
    id: 'propose_platform.invite', act: 'propose_platform', labels: ['request'],
    frames: [
      'On passe sur {msg}, ce sera plus simple ?', 'On continue sur {msg} ?', "On peut faire les cours sur {vid} plutôt qu'ici ?", 'Et si on faisait ça sur {vid} ?', 'On parle sur {msg} ?',
      "@p Pourrait-on faire les cours sur {vid} ? C'est plus facile pour mon fils", "@t Vous préférez qu'on fasse les cours sur {vid} désormais ?", '@s on peut faire le cours sur {vid} ?',
      '@t Tu veux rejoindre mon groupe {msg} ?', 'Ce serait pas mieux de parler sur {msg} ?', 'On fait le cours de {day} sur {vid} ?',
    ],
  },
  {
    id: 'propose_platform.announce', act: 'propose_platform', labels: [],
    frames: [
      "Je t'envoie un lien {vid} avant le cours", 'Écris-moi sur {msg}, je le regarde plus souvent', 'Je suis plus active sur {msg}', "Je t'ajoute sur {msg}", 'Tu me trouves sur {msg}, même nom',
      '@t À partir de la semaine prochaine, les cours seront sur {vid}', '@t Je lance la réunion {vid} à {time}', '@t Lien pour le cours : {vidlink}', "Sur {msg} c'est plus simple pour moi",
      "@s je t'écris sur {msg} après les cours", '@t Le cours de {day} sera sur {vid}',
    ],
  },
  {
    id: 'pay_off.ask', act: 'pay_off', labels: ['payment', 'request'],
    frames: [
      'Je peux payer en espèces ?', 'Je peux vous payer directement, sans commission ?', 'Je vous fais un virement directement ?', 'Vous acceptez {payapp} ?', 'Je peux te payer par {payapp} ?',
      "On s'arrange entre nous pour éviter les frais ?", '@p On peut payer en dehors de la plateforme ? Les frais sont énormes', '@t Vous pourriez me payer directement à partir du mois prochain ?',
      '@p Vous me donnez votre RIB ? Je fais le virement ce soir', '@t Vous me payez en liquide {day} ?', '@p Pourrait-on continuer en privé, hors du site ?',
      '@p Vous donnez des cours particuliers en dehors de la plateforme ?', '@t Vous voulez continuer avec moi en direct après ce forfait ?',
    ],
  },
  {
    id: 'pay_off.offer', act: 'pay_off', labels: ['payment'],
    frames: [
      "J'apporte le liquide {day}", 'Je paie en espèces sur place', "@t D'habitude je me fais payer par virement", "On s'arrange entre nous pour l'argent", '@p Je vous envoie {price} livres par {payapp}',
      '@t Vous pouvez me payer directement, on économise tous les deux la commission', '@t Mon RIB : {bank}', '@t Mon lien de paiement : {paylink}',
      "@t Si vous me payez en direct, c'est moins cher, le site prend 25 %", '@p Je vous ai envoyé {price} livres par {payapp}', "@t En direct je prends {price} livres de l'heure, sans frais",
      '@p À partir de maintenant on paie en liquide', '@t Je te fais un prix si tu me paies de la main à la main',
    ],
  },
  {
    id: 'meet.ask', act: 'meet', labels: ['request'],
    frames: [
      'On peut se voir en vrai ?', 'Vous faites des cours en présentiel ?', '@p Vous pourriez venir à la maison ?', 'On se retrouve {place} {day} ?', 'On se voit {place} à {time} ?',
      '@p Notre adresse est {addr}, {day} ça vous va ?', '@t Je suis {place} à {time}, tu passes ?', '@s on peut se voir {place} avant le contrôle ?',
      '@t On peut réviser {place} après les cours, si tu veux', "@t Pas besoin d'en parler à tes parents, c'est juste une petite révision {place}", '@s on peut faire le cours en vrai ?',
      "@p Vous pouvez venir chez nous {day} à {time} ? L'adresse : {addr}",
    ],
  },
  {
    id: 'share.phone', act: 'share', labels: [],
    frames: [
      'Mon numéro : {phone}', 'Voici mon numéro : {phone}', 'Tél : {phone}', '@s mon num {phone}', "@t Mon numéro perso est {phone}, c'est plus rapide",
      '@p Le numéro de mon mari : {phone}, il répond plus vite', "En cas d'urgence : {phone}", 'Enregistre mon numéro : {phone}', "{phone} c'est moi",
    ],
  },
  {
    id: 'share.phone_channel', act: 'share', labels: ['platform'],
    frames: ['Appelez-moi au {phone}', 'Envoie-moi un SMS au {phone}', "J'ai {msg} au {phone}", '{msg} : {phone}', 'Appelle-moi au {phone} après 18h', '@s écris-moi au {phone}', '@t Écris-moi directement ici : {walink}'],
  },
  {
    id: 'share.detail', act: 'share', labels: [],
    frames: [
      'Mon mail : {email}', 'Écris-moi à {email}', "{email} c'est mon adresse perso", '@p Adresse mail : {email}', '@s mon mail {email}', 'Écris-moi plutôt à {email}, je viens rarement ici',
      'Mon {soc} : {handle}', 'Ajoute-moi sur {soc} : {handle}', 'Sur {soc} je suis {handle}', '@s {handle} sur {soc}', '@s suis-moi {handle}', '@t Je poste des fiches sur {soc}, le compte {handle}',
      '@t Mon site : {url}', "@t Vous pouvez me réserver directement sur {url}, c'est moins cher qu'ici", '@t Mes tarifs sont sur {url}', '@p Notre adresse : {addr}', '@p On habite au {addr}',
      'Tél {phone}, mail {email}', '@t Contact : {phone} / {email}',
    ],
  },
  {
    id: 'share.email_send', act: 'share', labels: ['request'],
    frames: ['Envoie-le-moi à {email}', "@t Envoyez les devoirs à {email}, s'il vous plaît", "@p Merci d'envoyer le compte rendu à {email}", "@s tu peux m'envoyer les réponses à {email} ?"],
  },
  {
    id: 'third_party.ask', act: 'third_party', labels: ['request'],
    frames: [
      '@p Mon fils voudrait votre numéro', '@p Ma fille demande si elle peut vous ajouter sur {soc}', '@s ma mère veut ton numéro',
      '@s mon père demande si tu peux lui donner ton mail', "@s ma mère demande si t'as {msg}", "@t Ta mère pourrait m'envoyer son numéro ?", '@t Demande à ta mère son numéro de téléphone pour moi, stp',
      '@p Une amie cherche un prof, je peux lui donner votre numéro ?',
    ],
  },
  {
    id: 'third_party.pay', act: 'third_party', labels: ['request', 'payment'],
    frames: [
      '@p Mon mari veut vous payer directement, vous nous donnez votre RIB ?', '@s ma mère demande si elle peut payer en liquide', "@s mon père demande s'il peut t'envoyer l'argent par {payapp}",
      '@t Tes parents pourraient me payer en espèces ?', "@p Mamie veut payer les cours, elle peut vous donner l'argent en liquide ?",
    ],
  },
  {
    id: 'tech_pretext.ask', act: 'tech_pretext', labels: ['request'],
    frames: [
      "L'image n'arrête pas de figer, on passe sur {vid} ?", 'La classe virtuelle ne charge pas, on fait le cours sur {vid} ?', 'Mon micro ne marche pas ici, on essaie sur {vid} ?',
      "@s l'appli me déconnecte tout le temps, on peut sur {vid} ?", "@t La connexion est horrible aujourd'hui, on passe sur {vid} ?", "@p La tablette n'ouvre pas le cours, vous pourriez appeler ma fille sur {vid} ?",
      "Le site plante encore, on fait sur {vid} aujourd'hui ?", 'Je ne vous entends pas du tout, on essaie sur {msg} ?', "@s les messages passent pas ici, tu m'écris sur {msg} ?",
    ],
  },
  {
    id: 'tech_pretext.announce', act: 'tech_pretext', labels: [],
    frames: [
      "La plateforme ne marche pas, je t'ai envoyé un lien {vid}", "Je n'arrive pas à me connecter, je serai sur {vid}", "@t À cause d'un problème technique, le cours d'aujourd'hui sera sur {vid}",
      '@s mon ordi est cassé, je me connecte sur {vid} avec mon tel', "@t Le son ne marche pas, je t'appelle sur {vid}", '@t Le tableau a planté, je te partage mon écran sur {vid}',
      '@t Le site est en panne, voilà le lien : {vidlink}',
    ],
  },
  {
    id: 'indirect.quicker', act: 'indirect', labels: ['request'],
    frames: [
      'Il y a un moyen plus rapide de vous joindre ?', "Comment je peux te contacter en dehors de l'appli ?", 'On peut parler ailleurs ?', 'Vous avez un autre moyen de contact ?',
      "@p Comment je vous joins si c'est urgent ?", 'Les messages mettent des heures, y a pas plus rapide ?', "@s on peut s'écrire ailleurs ?", 'On garde contact après la fin des cours ?',
      '@p Vous avez un contact direct, sans passer par le site ?', 'On peut se parler en dehors de la plateforme ?',
    ],
  },
  {
    // Calls and SMS named as the channel: `platform` too.
    id: 'ask_number.call', act: 'ask_number', labels: ['request', 'platform'],
    frames: ["@p C'est plus simple pour moi d'appeler, vous me donnez votre numéro ?", 'Je peux vous appeler ?', "@s je peux t'envoyer un SMS ?", '@p Mon mari voudrait vous appeler, vous me donnez votre numéro ?', "@s ma mère demande si tu peux l'appeler"],
  },
  {
    id: 'mix.ask', act: 'ask_number', labels: ['request'], mix: true,
    frames: [
      "Salut, can I get your number? C'est plus simple", "@s wesh, what's your {soc}? je t'ajoute", "@s t'as {msg} ? it's just easier", '@p Bonjour, could I have your email? Je vous envoie le bulletin',
      '@p Is there a quicker way to reach you? Ici les messages mettent du temps', '@s on peut faire la lesson sur {vid} ? the classroom is so laggy', '@p On peut se voir in person {place} ?',
    ],
  },
  {
    id: 'mix.pay', act: 'pay_off', labels: ['payment', 'request'], mix: true,
    frames: ['@p Would it be ok to pay cash? Les frais du site sont énormes', "@t On peut skip the fees et s'arranger directement ?", '@p Can we pay you privately? On préfère sans commission', '@t Cash is fine, vous payez {day} ?'],
  },
  {
    id: 'mix.share', act: 'share', labels: [], mix: true,
    frames: ["Mon numéro c'est {phone}, just in case", '@s my snap is {handle}, ajoute-moi', '@t Mon site {url}, you can book me there', "@p Mon mail c'est {email}, that's the easiest"],
  },
];
