"""Hand-written demo content loaded by ``manage.py seed_demo``."""

EXPERIENCES = [
    {
        "title": "Des rendez-vous en visio le samedi matin pour les jeunes en emploi",
        "summary": (
            "Pour ne pas perdre le contact avec les jeunes qui travaillent en semaine, "
            "deux conseillers ont ouvert des rendez-vous en visio le samedi de 9 h à "
            "12 h, sur la base du volontariat et avec récupération des heures."
        ),
        "department": "33",
        "mission_locale": "Mission locale de Bordeaux",
        "themes": ["accompagnement-a-distance", "qualite-vie-travail"],
        "audiences": ["cej"],
        "tags": ["visio", "horaires-decales", "zoom", "emploi"],
        "tools": (
            "Zoom (licence de la structure), Google Agenda, SMS de rappel depuis le "
            "téléphone de service"
        ),
        "maturity": "evaluated",
        "status": "finished",
        "start": "2022-01-10",
        "end": "2023-06-30",
        "context": (
            "Une partie des jeunes suivis décroche dès qu'ils signent un CDD ou une "
            "mission d'intérim : ils ne peuvent plus venir en semaine aux heures "
            "d'ouverture. Les conseillers perdaient le fil au moment où "
            "l'accompagnement devient pourtant utile (période d'essai, logement, "
            "mobilité). Des appels téléphoniques le soir avaient été tentés, mais ils "
            "empiétaient sur la vie personnelle des conseillers. L'idée était de "
            "proposer un créneau fixe, identifié et encadré."
        ),
        "objectives": [
            "Maintenir le suivi des jeunes pendant leurs premiers mois d'emploi",
            "Réduire les sorties d'accompagnement sans nouvelles",
            "Encadrer le travail du samedi (volontariat, récupération des heures)",
        ],
        "steps": [
            {
                "title": "Cadrage avec la direction",
                "description": (
                    "Accord sur le volontariat, la récupération des heures le lundi "
                    "suivant et l'usage exclusif du matériel de la structure."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Choix de l'outil et tests",
                "description": (
                    "Deux conseillers ont testé Zoom et Teams avec des jeunes "
                    "volontaires connectés depuis leur téléphone. Zoom a été retenu "
                    "car il ne demande pas de créer un compte."
                ),
                "duration": "3 semaines",
            },
            {
                "title": "Ouverture des créneaux",
                "description": (
                    "Six créneaux de 30 minutes chaque samedi, réservés lors d'un "
                    "précédent rendez-vous ou par SMS."
                ),
                "duration": "15 mois",
            },
            {
                "title": "Bilan",
                "description": (
                    "Questionnaire court envoyé aux jeunes et point d'équipe sur la "
                    "charge réelle pour les deux conseillers."
                ),
                "duration": "1 mois",
            },
        ],
        "staff_time": (
            "2 conseillers volontaires, un samedi matin sur deux chacun pendant 18 mois"
        ),
        "cost": "Aucun coût supplémentaire (licence Zoom déjà prise par la structure)",
        "partners": (
            "Aucun partenaire extérieur ; appui du service RH pour le cadre horaire"
        ),
        "results": (
            "Sur 18 mois, 412 rendez-vous ont eu lieu le samedi pour 96 jeunes "
            "différents, avec un taux de présence de 81 %. Parmi les jeunes en emploi "
            "sur la période, la part de ceux encore en contact six mois après la "
            "reprise d'emploi est passée d'environ 40 % à 63 %. Les jeunes citent "
            "surtout le fait de ne pas avoir à poser de congé."
        ),
        "indicators": [
            {"label": "Jeunes accompagnés le samedi", "value": "96"},
            {"label": "Rendez-vous réalisés", "value": "412"},
            {"label": "Taux de présence", "value": "81 %"},
        ],
        "difficulties": (
            "Le créneau a reposé sur deux personnes : quand l'une s'est absentée "
            "plusieurs mois, l'offre a été réduite de moitié. Certains jeunes se "
            "connectaient depuis leur lieu de travail ou leur voiture, ce qui gênait "
            "la confidentialité. L'expérimentation s'est arrêtée à la réorganisation "
            "des plannings de 2023 et a été remplacée par des créneaux en visio en fin "
            "de journée en semaine."
        ),
        "conditions": (
            "Il faut un cadre RH écrit (volontariat, récupération, durée) avant de "
            "commencer. Prévoir au moins trois conseillers dans la rotation pour que "
            "le créneau tienne dans le temps."
        ),
        "resources": [
            {"title": "Service-public.fr", "url": "https://www.service-public.fr/"},
        ],
        "team": (
            "Deux conseillers du pôle emploi, avec l'appui de la responsable de secteur"
        ),
        "contact": "numerique@ml-bordeaux.example",
        "reproduced_from": None,
    },
    {
        "title": (
            "Un compte Instagram animé par les conseillers et des jeunes volontaires"
        ),
        "summary": (
            "Le compte Instagram de la Mission locale est co-animé par un petit comité "
            "de conseillers et de volontaires en service civique, avec un calendrier "
            "éditorial mensuel et des formats simples : offres, coulisses, portraits "
            "de métiers."
        ),
        "department": "35",
        "mission_locale": "Mission locale du Bassin d'emploi de Rennes",
        "themes": ["reseaux-sociaux", "aller-vers"],
        "audiences": ["cej", "qpv"],
        "tags": ["instagram", "canva", "service-civique", "communication"],
        "tools": (
            "Instagram (compte professionnel), Canva, Meta Business Suite pour la "
            "programmation"
        ),
        "maturity": "spread",
        "status": "running",
        "start": "2021-09-06",
        "end": None,
        "context": (
            "La page Facebook de la structure n'était plus suivie que par des "
            "partenaires et des parents. Les jeunes interrogés en salle d'attente "
            "disaient presque tous utiliser Instagram et Snapchat. Un premier compte "
            "ouvert en 2019 avait été abandonné faute de temps. Cette fois, l'idée "
            "était de partager la charge et de faire écrire des jeunes."
        ),
        "objectives": [
            "Faire connaître la Mission locale aux 16-25 ans qui ne la connaissent pas",
            "Relayer les offres et les informations collectives",
            "Donner la parole aux jeunes accompagnés, avec leur accord",
        ],
        "steps": [
            {
                "title": "Constitution du comité éditorial",
                "description": (
                    "Trois conseillers volontaires et deux volontaires en service "
                    "civique se réunissent une heure par mois pour fixer les sujets."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Charte de publication",
                "description": (
                    "Charte courte : ton, sujets exclus, autorisation écrite pour "
                    "toute photo, pas de réponse aux questions personnelles en "
                    "commentaire."
                ),
                "duration": "3 semaines",
            },
            {
                "title": "Publication régulière",
                "description": (
                    "Trois publications et quelques stories chaque semaine, "
                    "programmées à l'avance."
                ),
                "duration": "en continu",
            },
            {
                "title": "Point trimestriel",
                "description": (
                    "Lecture des statistiques et des messages reçus, ajustement des "
                    "formats."
                ),
                "duration": "1 heure par trimestre",
            },
        ],
        "staff_time": "3 conseillers à 5 % et 2 volontaires en service civique à 20 %",
        "cost": (
            "Environ 150 € la première année (trépied, micro-cravate) ; Canva gratuit "
            "pour les associations"
        ),
        "partners": "Service jeunesse de la ville, Bureau information jeunesse",
        "results": (
            "Le compte est passé de 300 à environ 4 800 abonnés en trois ans, en "
            "majorité des 18-24 ans selon les statistiques de la plateforme. En 2023, "
            "11 % des jeunes reçus en premier accueil ont déclaré avoir connu la "
            "Mission locale par Instagram, contre 2 % en 2021. Les messages privés "
            "sont devenus un canal de premier contact, orienté vers l'accueil sous 48 "
            "h."
        ),
        "indicators": [
            {"label": "Abonnés", "value": "4 800"},
            {"label": "Premiers accueils venus par Instagram (2023)", "value": "11 %"},
        ],
        "difficulties": (
            "Les messages privés arrivent le soir et le week-end : il a fallu afficher "
            "clairement les horaires de réponse. Les vidéos tournées avec des jeunes "
            "prennent beaucoup plus de temps que prévu (autorisations, montage). Le "
            "renouvellement des volontaires oblige à reformer régulièrement."
        ),
        "conditions": (
            "Un comité de plusieurs personnes, une charte écrite et un calendrier "
            "simple sont indispensables. Ne pas ouvrir les messages privés sans avoir "
            "défini qui y répond et dans quel délai."
        ),
        "resources": [{"title": "CNIL", "url": "https://www.cnil.fr/"}],
        "team": (
            "Le comité éditorial : trois conseillers, deux volontaires en service "
            "civique et la chargée de communication"
        ),
        "contact": "communication@ml-rennes.example",
        "reproduced_from": None,
    },
    {
        "title": "Ateliers « premiers pas numériques » en petits groupes de quatre",
        "summary": (
            "Un cycle de quatre séances d'une heure et demie pour les jeunes qui n'ont "
            "presque jamais utilisé d'ordinateur : souris et clavier, adresse mail, "
            "rangement des documents, pièces jointes, en groupes de quatre au maximum."
        ),
        "department": "59",
        "mission_locale": "Mission locale de Lille",
        "themes": ["inclusion-numerique", "demarches-en-ligne"],
        "audiences": ["peu-a-l-aise-numerique", "qpv"],
        "tags": ["ateliers", "pix", "messagerie", "conseiller-numerique"],
        "tools": (
            "Ordinateurs de la salle collective, Les Bons Clics, Pix (parcours de "
            "positionnement)"
        ),
        "maturity": "evaluated",
        "status": "finished",
        "start": "2021-03-15",
        "end": "2022-12-16",
        "context": (
            "Les conseillers constataient que beaucoup de jeunes très à l'aise sur "
            "smartphone étaient bloqués devant un ordinateur : pas d'adresse mail "
            "utilisable, pas de dossier pour ranger un CV, difficulté à joindre un "
            "fichier. Ces difficultés étaient rarement dites en entretien, par gêne. "
            "Les ateliers collectifs existants, à vingt participants, ne convenaient "
            "pas. L'arrivée d'une conseillère numérique France Services a permis de "
            "monter un format court en très petits groupes."
        ),
        "objectives": [
            "Rendre les jeunes autonomes sur les gestes de base",
            (
                "Que chaque jeune reparte avec une adresse mail dont il connaît le mot "
                "de passe"
            ),
            (
                "Repérer les besoins sans mettre les jeunes en difficulté devant les "
                "autres"
            ),
        ],
        "steps": [
            {
                "title": "Repérage en entretien",
                "description": (
                    "Trois questions simples ajoutées à l'entretien d'accueil sur "
                    "l'usage de l'ordinateur et de la messagerie."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Conception du cycle",
                "description": (
                    "Quatre séances : prise en main, messagerie, documents et pièces "
                    "jointes, premier espace en ligne. Supports imprimés plutôt que "
                    "projetés."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Animation",
                "description": (
                    "Groupes de quatre, un ordinateur par jeune, une séance par "
                    "semaine."
                ),
                "duration": "18 mois",
            },
            {
                "title": "Positionnement Pix",
                "description": (
                    "En fin de cycle, les jeunes volontaires passent un parcours Pix "
                    "pour mesurer leurs progrès."
                ),
                "duration": "1 séance",
            },
        ],
        "staff_time": (
            "1 conseillère numérique à 40 % et 1 conseiller en appui ponctuel"
        ),
        "cost": (
            "Aucun coût supplémentaire (poste de conseillère numérique financé par "
            "l'État)"
        ),
        "partners": (
            "Conseillère numérique France Services, médiathèque du quartier, Emmaüs "
            "Connect pour l'orientation vers du matériel"
        ),
        "results": (
            "En 21 mois, 31 cycles ont été animés pour 109 jeunes, dont 87 ont suivi "
            "au moins trois séances. À la fin du cycle, 94 % des participants avaient "
            "une adresse mail fonctionnelle et savaient envoyer une pièce jointe. "
            "Parmi les 52 jeunes ayant passé le parcours Pix en début et en fin de "
            "cycle, le score moyen a progressé d'environ 90 points."
        ),
        "indicators": [
            {"label": "Jeunes inscrits", "value": "109"},
            {"label": "Assiduité (3 séances sur 4)", "value": "80 %"},
            {"label": "Adresse mail fonctionnelle en fin de cycle", "value": "94 %"},
        ],
        "difficulties": (
            "Les jeunes les plus en difficulté étaient aussi ceux qui venaient le "
            "moins régulièrement ; les relances par SMS n'ont compensé qu'en partie. "
            "La fin du financement du poste de conseillère numérique a arrêté le "
            "dispositif fin 2022, faute de relais interne formé."
        ),
        "conditions": (
            "Un animateur formé à la médiation numérique et une salle avec au moins "
            "quatre postes. Prévoir dès le départ qui reprend l'animation si le poste "
            "disparaît."
        ),
        "resources": [
            {"title": "Les Bons Clics", "url": "https://lesbonsclics.fr/"},
            {"title": "Pix", "url": "https://pix.fr/"},
        ],
        "team": "La conseillère numérique et un conseiller du pôle accueil",
        "contact": "inclusion-numerique@ml-lille.example",
        "reproduced_from": None,
    },
    {
        "title": (
            "Une permanence « démarches en ligne » tenue avec des volontaires en "
            "service civique"
        ),
        "summary": (
            "Deux après-midi par semaine, des volontaires en service civique aident "
            "les jeunes à faire eux-mêmes leurs démarches en ligne (CAF, ameli, "
            "impôts, France Travail), avec un conseiller référent présent pour les "
            "situations complexes."
        ),
        "department": "13",
        "mission_locale": "Mission locale de Marseille",
        "themes": ["demarches-en-ligne", "inclusion-numerique"],
        "audiences": ["peu-a-l-aise-numerique", "qpv", "sans-domicile-stable"],
        "tags": ["service-civique", "caf", "ameli", "aidants-connect"],
        "tools": "Postes en libre accès, Aidants Connect, scanner et imprimante",
        "maturity": "spread",
        "status": "running",
        "start": "2022-02-01",
        "end": None,
        "context": (
            "Une grande partie des rendez-vous individuels était absorbée par des "
            "démarches administratives urgentes : attestation CAF, création d'un "
            "compte ameli, déclaration de revenus nécessaire pour demander une aide. "
            "Les conseillers faisaient souvent la démarche à la place du jeune, sans "
            "cadre. La structure accueillait déjà des volontaires en service civique à "
            "l'accueil."
        ),
        "objectives": [
            "Libérer du temps d'entretien pour le projet professionnel",
            "Faire faire le jeune plutôt que faire à sa place",
            "Sécuriser l'aide aux démarches grâce à Aidants Connect",
        ],
        "steps": [
            {
                "title": "Habilitation Aidants Connect",
                "description": (
                    "Le conseiller référent et la responsable d'accueil ont suivi la "
                    "formation et la structure a été habilitée."
                ),
                "duration": "2 mois",
            },
            {
                "title": "Formation des volontaires",
                "description": (
                    "Deux jours sur les principaux sites, la confidentialité et les "
                    "limites du rôle : pas de conseil juridique, aucun mot de passe "
                    "conservé."
                ),
                "duration": "2 jours",
            },
            {
                "title": "Ouverture de la permanence",
                "description": (
                    "Mardi et jeudi de 14 h à 17 h, sans rendez-vous, dans l'espace "
                    "d'accueil."
                ),
                "duration": "en continu",
            },
            {
                "title": "Suivi",
                "description": (
                    "Un tableau anonyme compte le type de démarche et la suite donnée "
                    "; point mensuel avec le référent."
                ),
                "duration": "1 heure par mois",
            },
        ],
        "staff_time": (
            "1 conseiller référent à 15 % et 2 volontaires en service civique à 24 h "
            "par semaine"
        ),
        "cost": (
            "400 € de matériel (scanner, imprimante) ; indemnités des volontaires "
            "prises en charge par l'État"
        ),
        "partners": (
            "CAF des Bouches-du-Rhône, CPAM, centre social du quartier, Aidants Connect"
        ),
        "results": (
            "Sur l'année 2023, la permanence a compté environ 1 150 passages, dont 38 "
            "% pour la CAF et 21 % pour l'Assurance maladie. Les conseillers estiment "
            "avoir récupéré en moyenne 2 heures d'entretien par semaine chacun. Près "
            "de la moitié des jeunes sont revenus au moins une fois : l'autonomie ne "
            "s'acquiert pas en un seul passage."
        ),
        "indicators": [
            {"label": "Passages en 2023", "value": "1 150"},
            {"label": "Démarches CAF", "value": "38 %"},
            {
                "label": "Temps d'entretien libéré par conseiller",
                "value": "2 h par semaine",
            },
        ],
        "difficulties": (
            "Les volontaires changent tous les huit mois et chaque arrivée demande une "
            "nouvelle formation. Certains jeunes attendent qu'on fasse à leur place et "
            "décrochent quand on leur demande de tenir la souris. Les démarches liées "
            "au titre de séjour dépassent le cadre de la permanence et sont orientées "
            "vers une association spécialisée."
        ),
        "conditions": (
            "Une habilitation Aidants Connect et un référent salarié présent sur le "
            "créneau. Définir par écrit ce que les volontaires font et ne font pas."
        ),
        "resources": [
            {"title": "Aidants Connect", "url": "https://aidantsconnect.beta.gouv.fr/"},
            {"title": "Service-public.fr", "url": "https://www.service-public.fr/"},
        ],
        "team": (
            "Le pôle accueil : un conseiller référent, la responsable d'accueil et "
            "deux volontaires"
        ),
        "contact": "accueil@ml-marseille.example",
        "reproduced_from": None,
    },
    {
        "title": (
            "Prêt d'ordinateurs portables reconditionnés pendant le contrat "
            "d'engagement jeune"
        ),
        "summary": (
            "La Mission locale prête un ordinateur portable reconditionné aux jeunes "
            "en CEJ qui n'en ont pas, pour la durée de leur parcours, avec une "
            "convention de prêt et une prise en main à la remise."
        ),
        "department": "62",
        "mission_locale": "Mission locale de Lens-Liévin",
        "themes": ["equipement-connectivite", "inclusion-numerique"],
        "audiences": ["cej", "peu-a-l-aise-numerique"],
        "tags": ["ordinateurs", "reconditionnement", "cej", "pret-materiel"],
        "tools": (
            "40 ordinateurs portables reconditionnés, suite bureautique libre, tableur "
            "de suivi des prêts"
        ),
        "maturity": "evaluated",
        "status": "finished",
        "start": "2022-06-01",
        "end": "2024-06-28",
        "context": (
            "À l'entrée en CEJ, près d'un jeune sur trois déclarait ne pas avoir "
            "d'ordinateur à la maison, seulement un téléphone, souvent avec un forfait "
            "limité. Les candidatures, les formations à distance et les tests en ligne "
            "étaient difficiles à faire sur smartphone. Un appel à projets régional a "
            "permis d'acheter du matériel reconditionné."
        ),
        "objectives": [
            "Équiper les jeunes en CEJ qui n'ont pas d'ordinateur",
            (
                "Permettre de suivre une formation à distance ou de rédiger un CV dans "
                "de bonnes conditions"
            ),
            "Limiter la perte et la casse par un cadre clair",
        ],
        "steps": [
            {
                "title": "Achat et préparation",
                "description": (
                    "Achat de 40 portables reconditionnés auprès d'une entreprise "
                    "d'insertion, installation d'une suite bureautique libre et "
                    "réinitialisation complète entre chaque prêt."
                ),
                "duration": "6 semaines",
            },
            {
                "title": "Convention de prêt",
                "description": (
                    "Convention d'une page signée par le jeune, et par un représentant "
                    "légal pour les mineurs, avec engagement de restitution à la "
                    "sortie du CEJ."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Remise avec prise en main",
                "description": (
                    "Une heure à la remise : allumage, mises à jour, sauvegarde des "
                    "documents, sécurité."
                ),
                "duration": "1 heure par jeune",
            },
            {
                "title": "Restitution et remise à zéro",
                "description": (
                    "Récupération en fin de parcours, effacement des données et "
                    "contrôle de l'état."
                ),
                "duration": "en continu",
            },
        ],
        "staff_time": (
            "1 référent matériel à 10 % et les conseillers CEJ pour les remises"
        ),
        "cost": (
            "9 800 € (40 ordinateurs à 245 €), financés par un appel à projets régional"
        ),
        "partners": (
            "Conseil régional Hauts-de-France, entreprise d'insertion spécialisée dans "
            "le reconditionnement, Emmaüs Connect"
        ),
        "results": (
            "En deux ans, 71 prêts ont été réalisés. 58 ordinateurs ont été rendus en "
            "état de marche, 7 ont été rendus abîmés et 6 n'ont jamais été restitués "
            "malgré les relances. Les conseillers constatent que les jeunes équipés "
            "terminent plus souvent les formations à distance proposées (parcours Pix, "
            "modules préqualifiants)."
        ),
        "indicators": [
            {"label": "Prêts réalisés", "value": "71"},
            {"label": "Ordinateurs rendus en état de marche", "value": "82 %"},
            {"label": "Ordinateurs non restitués", "value": "6"},
        ],
        "difficulties": (
            "Le suivi des restitutions a été la partie la plus lourde, surtout pour "
            "les jeunes sortis du CEJ en cours de route. Les batteries des modèles les "
            "plus anciens ont vite montré leurs limites. À la fin du financement, le "
            "parc n'a pas été renouvelé et le prêt a été remplacé par une orientation "
            "vers l'achat solidaire."
        ),
        "conditions": (
            "Prévoir un référent matériel identifié et une convention simple. Acheter "
            "des modèles récents avec garantie, même un peu plus chers, pour limiter "
            "les pannes."
        ),
        "resources": [
            {"title": "Emmaüs Connect", "url": "https://emmaus-connect.org/"},
        ],
        "team": "Le référent matériel et l'équipe CEJ",
        "contact": "cej@ml-lens-lievin.example",
        "reproduced_from": None,
    },
    {
        "title": (
            "Un job dating en visio avec les employeurs de l'hôtellerie-restauration"
        ),
        "summary": (
            "Avant la saison touristique, la Mission locale a organisé un job dating "
            "en visio : entretiens de 10 minutes entre jeunes et restaurateurs, depuis "
            "les antennes de la Mission locale ou depuis chez eux."
        ),
        "department": "2A",
        "mission_locale": "Mission locale d'Ajaccio",
        "themes": ["emploi-entreprises", "accompagnement-a-distance"],
        "audiences": ["cej", "zone-rurale"],
        "tags": ["job-dating", "visio", "saisonniers", "teams"],
        "tools": (
            "Microsoft Teams (salles de petits groupes), formulaire d'inscription en "
            "ligne, tableur de planning"
        ),
        "maturity": "evaluated",
        "status": "finished",
        "start": "2023-03-01",
        "end": "2023-05-31",
        "context": (
            "En Corse-du-Sud, les employeurs de l'hôtellerie-restauration cherchent "
            "leurs saisonniers dès mars, alors que leurs établissements sont souvent "
            "encore fermés. Les jeunes de l'intérieur de l'île ont de longs trajets "
            "pour venir à Ajaccio. Un forum physique organisé l'année précédente avait "
            "mobilisé peu d'employeurs. L'équipe a voulu tester un format à distance, "
            "plus souple pour les deux côtés."
        ),
        "objectives": [
            "Mettre en relation jeunes et employeurs saisonniers avant la saison",
            "Éviter les déplacements aux jeunes de l'intérieur",
            "Préparer les jeunes à l'entretien à distance",
        ],
        "steps": [
            {
                "title": "Mobilisation des employeurs",
                "description": (
                    "Appels aux employeurs déjà en lien avec la Mission locale et "
                    "relais par le syndicat professionnel local."
                ),
                "duration": "3 semaines",
            },
            {
                "title": "Préparation des jeunes",
                "description": (
                    "Atelier d'une heure : tester sa connexion, choisir un endroit "
                    "calme, se présenter en deux minutes."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Journée de job dating",
                "description": (
                    "Chaque employeur dans une salle de petits groupes ; un conseiller "
                    "« aiguilleur » déplaçait les jeunes selon le planning."
                ),
                "duration": "1 journée",
            },
            {
                "title": "Suivi des suites",
                "description": (
                    "Appel aux employeurs et aux jeunes quinze jours après pour "
                    "connaître les suites."
                ),
                "duration": "2 semaines",
            },
        ],
        "staff_time": "3 conseillers pendant 6 semaines, environ 60 heures au total",
        "cost": "Aucun coût supplémentaire (licence Teams existante)",
        "partners": (
            "Pôle emploi (aujourd'hui France Travail), syndicat professionnel de "
            "l'hôtellerie-restauration, communauté d'agglomération du Pays Ajaccien"
        ),
        "results": (
            "14 employeurs et 47 jeunes ont participé, pour 118 entretiens de 10 "
            "minutes. Quinze jours après, 19 jeunes avaient signé un contrat "
            "saisonnier et 8 autres avaient obtenu un second entretien sur place. Les "
            "employeurs ont apprécié de pouvoir participer depuis leur établissement, "
            "entre deux tâches."
        ),
        "indicators": [
            {"label": "Employeurs participants", "value": "14"},
            {"label": "Entretiens réalisés", "value": "118"},
            {"label": "Contrats signés à 15 jours", "value": "19"},
        ],
        "difficulties": (
            "La gestion des salles de petits groupes a mobilisé un conseiller toute la "
            "journée, et quelques jeunes se sont retrouvés dans la mauvaise salle. Les "
            "connexions depuis certains villages ont coupé plusieurs fois ; ces jeunes "
            "ont été accueillis dans l'antenne la plus proche. Deux employeurs ne se "
            "sont pas connectés le jour même."
        ),
        "conditions": (
            "Un conseiller à plein temps sur la logistique le jour J et un test "
            "technique la veille avec chaque employeur. Prévoir une solution de repli "
            "dans les antennes pour les jeunes mal connectés."
        ),
        "resources": [
            {"title": "France Travail", "url": "https://www.francetravail.fr/"},
            {"title": "1jeune1solution", "url": "https://www.1jeune1solution.gouv.fr/"},
        ],
        "team": "Trois conseillers du pôle relation entreprises",
        "contact": "entreprises@ml-ajaccio.example",
        "reproduced_from": None,
    },
    {
        "title": (
            "Un parcours Pix pour toute l'équipe avant d'animer des ateliers numériques"
        ),
        "summary": (
            "Avant de lancer des ateliers numériques pour les jeunes, l'ensemble des "
            "salariés a passé un parcours Pix adapté au métier, suivi de trois "
            "demi-journées de formation sur les compétences les moins maîtrisées."
        ),
        "department": "69",
        "mission_locale": "Mission locale de Lyon",
        "themes": ["formation-equipes", "inclusion-numerique"],
        "audiences": ["equipes"],
        "tags": ["pix", "pix-orga", "formation-interne", "competences-numeriques"],
        "tools": "Pix Orga, parcours Pix personnalisé, visio pour les restitutions",
        "maturity": "spread",
        "status": "finished",
        "start": "2021-10-04",
        "end": "2022-06-30",
        "context": (
            "La direction voulait que chaque conseiller puisse accompagner un jeune "
            "sur les usages numériques de base, mais personne ne savait vraiment où en "
            "était l'équipe. Certains conseillers étaient très à l'aise, d'autres "
            "évitaient les démarches en ligne en rendez-vous. Un questionnaire "
            "déclaratif avait donné des résultats peu fiables. Pix permettait une "
            "mesure plus objective et sans enjeu de notation."
        ),
        "objectives": [
            "Faire un état des lieux des compétences numériques de l'équipe",
            "Cibler les formations sur les besoins réels",
            "Rassurer les conseillers les moins à l'aise",
        ],
        "steps": [
            {
                "title": "Présentation en réunion d'équipe",
                "description": (
                    "Explication de la démarche et engagement écrit que les résultats "
                    "individuels ne seraient pas transmis à la hiérarchie."
                ),
                "duration": "1 réunion",
            },
            {
                "title": "Passage du parcours",
                "description": (
                    "Parcours de 30 questions centré sur les usages du métier "
                    "(messagerie, démarches, sécurité, tableur), sur le temps de "
                    "travail."
                ),
                "duration": "3 semaines",
            },
            {
                "title": "Analyse collective",
                "description": (
                    "Lecture des résultats agrégés dans Pix Orga pour repérer les "
                    "compétences les moins maîtrisées."
                ),
                "duration": "1 semaine",
            },
            {
                "title": "Formations ciblées",
                "description": (
                    "Trois demi-journées : sécurité et mots de passe, gestion des "
                    "fichiers, accompagnement aux démarches en ligne."
                ),
                "duration": "2 mois",
            },
        ],
        "staff_time": (
            "1 référente formation à 20 % pendant 9 mois ; environ 6 heures par salarié"
        ),
        "cost": "1 800 € (intervenant externe pour deux demi-journées)",
        "partners": "Pix, hub régional pour un numérique inclusif",
        "results": (
            "57 salariés sur 62 ont passé le parcours. Les compétences les moins "
            "maîtrisées étaient la sécurité (mots de passe, hameçonnage) et la gestion "
            "des fichiers partagés. Au second passage, six mois plus tard, le score "
            "moyen de l'équipe avait progressé de 18 %. Le parcours fait désormais "
            "partie de l'accueil des nouveaux salariés."
        ),
        "indicators": [
            {"label": "Salariés ayant passé le parcours", "value": "57 sur 62"},
            {"label": "Progression du score moyen", "value": "+18 %"},
        ],
        "difficulties": (
            "Quelques conseillers ont vécu le test comme une évaluation déguisée "
            "malgré les précautions, et il a fallu du temps pour lever cette crainte. "
            "Le second passage a mobilisé moins de monde (41 personnes)."
        ),
        "conditions": (
            "Garantir par écrit la confidentialité des résultats individuels et faire "
            "passer le parcours sur le temps de travail. Au moins une personne doit "
            "savoir utiliser Pix Orga."
        ),
        "resources": [{"title": "Pix", "url": "https://pix.fr/"}],
        "team": "La référente formation et le groupe de travail numérique",
        "contact": "formation@ml-lyon.example",
        "reproduced_from": None,
    },
    {
        "title": "Remplacer les tableaux Excel partagés par un tableau Kanban commun",
        "summary": (
            "L'équipe relation entreprises a remplacé cinq fichiers Excel envoyés par "
            "mail par un tableau Kanban partagé pour suivre les offres, les événements "
            "et les relances des employeurs."
        ),
        "department": "44",
        "mission_locale": "Mission locale Nantes Métropole",
        "themes": ["outils-collaboratifs", "emploi-entreprises"],
        "audiences": ["equipes"],
        "tags": ["kanban", "nextcloud", "organisation", "relation-entreprises"],
        "tools": "Nextcloud Deck (hébergement associatif), messagerie interne",
        "maturity": "evaluated",
        "status": "running",
        "start": "2023-01-09",
        "end": None,
        "context": (
            "Le suivi des offres et des contacts employeurs reposait sur plusieurs "
            "fichiers Excel copiés et renvoyés par mail, avec des versions "
            "contradictoires. Certains employeurs étaient relancés deux fois, d'autres "
            "jamais. La structure ne voulait ni d'un nouveau logiciel payant, ni d'un "
            "outil hébergé hors de l'Union européenne."
        ),
        "objectives": [
            "Avoir une seule source d'information pour l'équipe entreprises",
            "Éviter les relances en double",
            "Réduire les mails internes",
        ],
        "steps": [
            {
                "title": "Recensement des usages",
                "description": (
                    "Chaque chargé de relation entreprises a listé ce qu'il suivait et "
                    "dans quel fichier."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Paramétrage",
                "description": (
                    "Un tableau par activité (offres, événements, relances), des "
                    "colonnes simples et des étiquettes par secteur."
                ),
                "duration": "1 semaine",
            },
            {
                "title": "Bascule",
                "description": (
                    "Les anciens fichiers ont été archivés en lecture seule à une date "
                    "fixée à l'avance."
                ),
                "duration": "1 jour",
            },
            {
                "title": "Ajustements",
                "description": (
                    "Deux points d'équipe pour simplifier les colonnes et supprimer "
                    "les étiquettes inutilisées."
                ),
                "duration": "2 mois",
            },
        ],
        "staff_time": (
            "1 chargé de relation entreprises à 10 % pendant 3 mois, puis usage courant"
        ),
        "cost": (
            "Environ 120 € par an (hébergement Nextcloud chez un prestataire "
            "associatif)"
        ),
        "partners": "Hébergeur associatif membre du collectif CHATONS",
        "results": (
            "Au bout de six mois, les cinq fichiers avaient disparu et les 7 membres "
            "de l'équipe utilisaient le tableau au quotidien. D'après un comptage sur "
            "deux semaines avant et après, les mails internes liés au suivi des offres "
            "ont diminué de moitié environ. Aucune relance en double d'un employeur "
            "n'a été signalée depuis la bascule."
        ),
        "indicators": [
            {"label": "Fichiers Excel supprimés", "value": "5"},
            {"label": "Utilisateurs réguliers", "value": "7 sur 7"},
            {"label": "Mails internes de suivi", "value": "environ -50 %"},
        ],
        "difficulties": (
            "Les premières semaines, certains continuaient à tenir leur propre fichier "
            "« au cas où ». Le tableau ne remplace pas i-milo : il a fallu rappeler "
            "que les informations sur les jeunes n'y ont pas leur place."
        ),
        "conditions": (
            "Fixer une date de bascule et archiver les anciens fichiers. Écrire noir "
            "sur blanc quelles données peuvent figurer dans l'outil : aucune donnée "
            "nominative sur les jeunes."
        ),
        "resources": [
            {"title": "CHATONS", "url": "https://www.chatons.org/"},
            {"title": "CNIL", "url": "https://www.cnil.fr/"},
        ],
        "team": "L'équipe relation entreprises (7 personnes)",
        "contact": "entreprises@ml-nantes.example",
        "reproduced_from": None,
    },
    {
        "title": "Une demi-journée banalisée par mois pour la saisie dans i-milo",
        "summary": (
            "Chaque premier jeudi après-midi du mois, l'accueil est assuré par "
            "roulement et les conseillers se consacrent à la mise à jour des dossiers "
            "dans i-milo, sans rendez-vous ni réunion."
        ),
        "department": "87",
        "mission_locale": "Mission locale de l'agglomération de Limoges",
        "themes": ["systeme-information", "qualite-vie-travail"],
        "audiences": ["equipes"],
        "tags": ["i-milo", "saisie", "organisation", "charge-de-travail"],
        "tools": "i-milo, planning partagé",
        "maturity": "evaluated",
        "status": "running",
        "start": "2022-09-01",
        "end": None,
        "context": (
            "Les exigences de saisie du CEJ ont fait exploser le retard de saisie dans "
            "i-milo. Les conseillers saisissaient le soir, le week-end, ou pas du "
            "tout, ce qui faussait les indicateurs et retardait le versement de "
            "certaines allocations. Dans l'enquête interne, la saisie était la "
            "première source de stress citée."
        ),
        "objectives": [
            "Résorber le retard de saisie",
            "Arrêter la saisie en dehors des heures de travail",
            "Fiabiliser les données transmises",
        ],
        "steps": [
            {
                "title": "Décision en comité de direction",
                "description": (
                    "Accord pour fermer les rendez-vous individuels une demi-journée "
                    "par mois, avec un accueil minimum assuré par roulement."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Information des jeunes et des partenaires",
                "description": (
                    "Affichage, message sur le répondeur et mail aux partenaires."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Mise en place",
                "description": (
                    "Premier jeudi après-midi du mois, téléphones basculés sur "
                    "l'accueil, aucune réunion programmée."
                ),
                "duration": "en continu",
            },
            {
                "title": "Suivi",
                "description": (
                    "Indicateur mensuel du nombre de dossiers en retard de saisie, "
                    "partagé en réunion d'équipe."
                ),
                "duration": "en continu",
            },
        ],
        "staff_time": (
            "Une demi-journée par mois pour chaque conseiller (environ 4 heures)"
        ),
        "cost": "Aucun coût supplémentaire",
        "partners": "Aucun",
        "results": (
            "Le nombre de dossiers dont la saisie avait plus de 30 jours de retard est "
            "passé d'environ 380 à 90 en six mois. Dans l'enquête interne suivante, 71 "
            "% des conseillers disent ne plus saisir en dehors de leurs horaires, "
            "contre 38 % avant."
        ),
        "indicators": [
            {"label": "Dossiers en retard de saisie", "value": "380 puis 90"},
            {"label": "Conseillers ne saisissant plus hors horaires", "value": "71 %"},
        ],
        "difficulties": (
            "Certains conseillers utilisent la demi-journée pour autre chose (mails, "
            "préparation d'ateliers) ; la règle a été assouplie sans être abandonnée. "
            "Les partenaires n'ont pas tous compris la fermeture et ont continué à "
            "appeler."
        ),
        "conditions": (
            "Un accord clair de la direction et un accueil minimum garanti. Suivre un "
            "indicateur simple pour montrer l'effet à l'équipe."
        ),
        "resources": [
            {
                "title": "Union nationale des Missions locales",
                "url": "https://www.unml.info/",
            },
        ],
        "team": "La direction et l'ensemble des conseillers",
        "contact": "direction@ml-limoges.example",
        "reproduced_from": None,
    },
    {
        "title": "Une charte du droit à la déconnexion co-écrite par l'équipe",
        "summary": (
            "Plutôt qu'une note de service, la charte de déconnexion a été rédigée en "
            "ateliers par des salariés volontaires : horaires d'envoi des messages, "
            "usage des téléphones de service, messageries instantanées avec les "
            "jeunes."
        ),
        "department": "29",
        "mission_locale": "Mission locale du Pays de Morlaix",
        "themes": ["qualite-vie-travail", "accompagnement-a-distance"],
        "audiences": ["equipes"],
        "tags": ["deconnexion", "charte", "whatsapp", "qvt"],
        "tools": "Bloc-notes collaboratif, questionnaire en ligne anonyme",
        "maturity": "spread",
        "status": "finished",
        "start": "2021-05-03",
        "end": "2021-12-17",
        "context": (
            "Avec la crise sanitaire, les échanges avec les jeunes par WhatsApp et SMS "
            "s'étaient multipliés, souvent depuis les téléphones personnels des "
            "conseillers. Des messages arrivaient le soir et le week-end, et certains "
            "conseillers se sentaient obligés de répondre. Le CSE a demandé un cadre. "
            "La direction a préféré une démarche participative à une note imposée."
        ),
        "objectives": [
            "Poser des règles communes sur les horaires et les outils",
            "Arrêter l'usage des téléphones personnels avec les jeunes",
            "Expliquer ces règles aux jeunes",
        ],
        "steps": [
            {
                "title": "Questionnaire anonyme",
                "description": (
                    "Questionnaire sur les usages réels : horaires, outils utilisés, "
                    "ressenti."
                ),
                "duration": "3 semaines",
            },
            {
                "title": "Ateliers d'écriture",
                "description": (
                    "Trois ateliers de deux heures avec huit volontaires de différents "
                    "métiers et un élu du CSE."
                ),
                "duration": "2 mois",
            },
            {
                "title": "Validation",
                "description": (
                    "Présentation en réunion plénière, ajustements, validation par la "
                    "direction et le CSE."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Information des jeunes",
                "description": (
                    "Message automatique hors horaires sur les messageries et "
                    "affichette à l'accueil expliquant les délais de réponse."
                ),
                "duration": "2 semaines",
            },
        ],
        "staff_time": "8 salariés volontaires, environ 10 heures chacun",
        "cost": "900 € (6 téléphones de service d'entrée de gamme)",
        "partners": "CSE, service de santé au travail (avis sur la démarche)",
        "results": (
            "La charte a été adoptée en décembre 2021 et s'applique aux 34 salariés. "
            "Un an après, 12 % des salariés déclarent encore utiliser leur téléphone "
            "personnel avec les jeunes, contre 55 % avant. Selon le questionnaire de "
            "suivi, les messages envoyés par les salariés après 19 h ont fortement "
            "diminué."
        ),
        "indicators": [
            {"label": "Salariés concernés", "value": "34"},
            {
                "label": "Usage du téléphone personnel avec les jeunes",
                "value": "55 % puis 12 %",
            },
        ],
        "difficulties": (
            "Les règles sur les messages du soir ont été bien respectées entre "
            "collègues, moins par la direction elle-même au début. Certains jeunes "
            "continuent à écrire la nuit : il a surtout fallu accepter de ne pas "
            "répondre avant le lendemain."
        ),
        "conditions": (
            "Associer le CSE dès le départ et fournir des téléphones de service avant "
            "d'interdire les téléphones personnels. La direction doit être la première "
            "à appliquer la charte."
        ),
        "resources": [
            {"title": "Service-public.fr", "url": "https://www.service-public.fr/"},
            {"title": "Anact", "url": "https://www.anact.fr/"},
        ],
        "team": (
            "Le groupe de travail qualité de vie au travail (8 salariés) et la "
            "direction"
        ),
        "contact": "qvt@ml-morlaix.example",
        "reproduced_from": None,
    },
    {
        "title": "Un mémo RGPD pour les échanges avec les jeunes sur les messageries",
        "summary": (
            "Un mémo de deux pages, rédigé avec le délégué à la protection des "
            "données, précise ce qu'on peut échanger avec un jeune par WhatsApp ou SMS "
            "et ce qui doit passer par d'autres canaux."
        ),
        "department": "31",
        "mission_locale": "Mission locale de Toulouse",
        "themes": ["donnees-personnelles", "accompagnement-a-distance"],
        "audiences": ["equipes"],
        "tags": ["rgpd", "whatsapp", "dpo", "messagerie"],
        "tools": (
            "WhatsApp Business sur téléphones de service, espace de dépôt de documents "
            "sécurisé"
        ),
        "maturity": "evaluated",
        "status": "finished",
        "start": "2022-10-03",
        "end": "2023-04-28",
        "context": (
            "Les conseillers recevaient régulièrement par WhatsApp des photos de "
            "pièces d'identité, d'avis d'imposition ou de certificats médicaux. Ces "
            "documents restaient ensuite dans les téléphones, parfois sauvegardés "
            "automatiquement dans des comptes personnels. La perte d'un téléphone de "
            "service dans les transports a servi de déclencheur."
        ),
        "objectives": [
            "Dire clairement ce qui peut circuler par messagerie",
            "Supprimer régulièrement les documents reçus",
            "Proposer une solution simple pour transmettre les pièces justificatives",
        ],
        "steps": [
            {
                "title": "Inventaire des pratiques",
                "description": (
                    "Entretiens rapides avec une dizaine de conseillers et contrôle de "
                    "20 téléphones de service tirés au sort."
                ),
                "duration": "3 semaines",
            },
            {
                "title": "Rédaction avec le DPO",
                "description": (
                    "Deux pages : ce qu'on peut échanger (rendez-vous, offres, "
                    "rappels), ce qu'on n'échange pas (identité, santé, justice), que "
                    "faire si on le reçoit quand même."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Paramétrage des téléphones",
                "description": (
                    "Désactivation des sauvegardes automatiques et de l'enregistrement "
                    "des médias dans la galerie."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Sensibilisation",
                "description": (
                    "Une heure en réunion d'antenne et un rappel à l'arrivée de chaque "
                    "nouveau salarié."
                ),
                "duration": "2 mois",
            },
        ],
        "staff_time": (
            "Le DPO mutualisé (environ 5 jours) et 1 conseiller relais par antenne"
        ),
        "cost": "Aucun coût supplémentaire (DPO mutualisé déjà financé)",
        "partners": (
            "Délégué à la protection des données mutualisé entre plusieurs Missions "
            "locales"
        ),
        "results": (
            "Les 9 antennes ont été sensibilisées et tous les téléphones de service "
            "ont été reparamétrés. Lors du contrôle initial, 14 téléphones sur 20 "
            "contenaient des photos de pièces d'identité ; six mois après, un nouveau "
            "contrôle n'en a trouvé que dans 3. Les jeunes sont désormais orientés "
            "vers l'espace de dépôt sécurisé ou invités à apporter les documents en "
            "rendez-vous."
        ),
        "indicators": [
            {"label": "Téléphones reparamétrés", "value": "100 %"},
            {
                "label": "Téléphones contenant des pièces d'identité",
                "value": "14 sur 20 puis 3 sur 20",
            },
        ],
        "difficulties": (
            "Les jeunes continuent d'envoyer des photos de documents par habitude, et "
            "il est difficile de refuser quand c'est urgent. Le mémo a été jugé trop "
            "long par certains ; une affiche d'une page a suivi."
        ),
        "conditions": (
            "Un DPO disponible et des téléphones de service pour tous. Accompagner le "
            "mémo d'une solution concrète pour les documents, sinon les pratiques ne "
            "changent pas."
        ),
        "resources": [{"title": "CNIL", "url": "https://www.cnil.fr/"}],
        "team": "Le DPO mutualisé et les conseillers relais RGPD des antennes",
        "contact": "dpo@ml-toulouse.example",
        "reproduced_from": None,
    },
    {
        "title": (
            "Repérer les jeunes « invisibles » sur les réseaux sociaux avec la "
            "prévention spécialisée"
        ),
        "summary": (
            "Deux conseillers assurent une présence éducative en ligne sur Instagram "
            "et Snapchat, en lien avec les éducateurs de prévention spécialisée, pour "
            "entrer en contact avec des jeunes qui ne poussent jamais la porte de la "
            "Mission locale."
        ),
        "department": "93",
        "mission_locale": "Mission locale de Saint-Denis",
        "themes": ["aller-vers", "reseaux-sociaux"],
        "audiences": ["qpv", "mineurs"],
        "tags": [
            "promeneurs-du-net",
            "snapchat",
            "instagram",
            "prevention-specialisee",
        ],
        "tools": (
            "Comptes professionnels Instagram et Snapchat identifiés au nom de la "
            "structure, téléphone de service"
        ),
        "maturity": "testing",
        "status": "running",
        "start": "2024-02-05",
        "end": None,
        "context": (
            "Une part importante des jeunes des quartiers prioritaires n'est connue "
            "d'aucune institution. Les éducateurs de prévention spécialisée les "
            "croisent dans la rue mais manquaient de relais vers l'emploi et la "
            "formation. Un appel à projets sur le repérage des jeunes « invisibles » a "
            "financé deux temps partiels de conseillers. Le réseau Promeneurs du Net, "
            "soutenu par la CAF, a servi de cadre."
        ),
        "objectives": [
            "Entrer en contact avec des jeunes inconnus des institutions",
            "Proposer un premier rendez-vous physique dans un lieu neutre",
            "Travailler en binôme avec la prévention spécialisée",
        ],
        "steps": [
            {
                "title": "Formation Promeneurs du Net",
                "description": (
                    "Les deux conseillers ont suivi la formation et signé la charte du "
                    "réseau."
                ),
                "duration": "3 jours",
            },
            {
                "title": "Création des comptes",
                "description": (
                    "Comptes professionnels clairement identifiés (prénom du "
                    "conseiller, fonction, structure) et horaires de présence "
                    "affichés."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Présence en ligne",
                "description": (
                    "Réponses aux messages, stories sur les actions du quartier, "
                    "relais des publications des éducateurs."
                ),
                "duration": "en continu",
            },
            {
                "title": "Rencontres physiques",
                "description": (
                    "Premier rendez-vous au local de prévention ou au city-stade, avec "
                    "un éducateur."
                ),
                "duration": "en continu",
            },
        ],
        "staff_time": "2 conseillers à 30 %",
        "cost": (
            "1 500 € par an (deux téléphones et forfaits), financés par l'appel à "
            "projets"
        ),
        "partners": (
            "Club de prévention spécialisée, CAF de la Seine-Saint-Denis (réseau "
            "Promeneurs du Net), service jeunesse de la ville"
        ),
        "results": (
            "En 18 mois, les comptes ont échangé avec environ 260 jeunes ; 74 sont "
            "venus à un premier rendez-vous physique et 41 sont aujourd'hui "
            "accompagnés, dont 12 mineurs. Les éducateurs estiment que le contact en "
            "ligne a raccourci de plusieurs semaines le temps nécessaire pour créer le "
            "lien."
        ),
        "indicators": [
            {"label": "Jeunes en contact en ligne", "value": "260"},
            {"label": "Premiers rendez-vous physiques", "value": "74"},
            {"label": "Jeunes entrés en accompagnement", "value": "41"},
        ],
        "difficulties": (
            "Le compte Snapchat a été suspendu deux fois par la plateforme pour "
            "activité jugée suspecte. Il est difficile de rester dans son rôle quand "
            "un jeune confie une situation grave le soir : une procédure a été écrite "
            "avec la prévention spécialisée. Le temps passé se voit mal dans les "
            "indicateurs habituels."
        ),
        "conditions": (
            "Un partenariat solide avec la prévention spécialisée et un cadre "
            "déontologique écrit, Promeneurs du Net ou équivalent. Des horaires de "
            "présence en ligne limités et affichés."
        ),
        "resources": [
            {"title": "Promeneurs du Net", "url": "https://www.promeneursdunet.fr/"},
        ],
        "team": (
            "Deux conseillers du pôle « aller vers » et les éducateurs du club de "
            "prévention"
        ),
        "contact": "allervers@ml-saint-denis.example",
        "reproduced_from": None,
    },
    {
        "title": (
            "Des rendez-vous en visio depuis les mairies pour les jeunes des communes "
            "isolées"
        ),
        "summary": (
            "Inspirée des rendez-vous en visio du samedi à Bordeaux, la Mission locale "
            "propose des entretiens en visio depuis un poste installé dans quatre "
            "mairies et une France services, pour éviter aux jeunes une heure et demie "
            "de route."
        ),
        "department": "15",
        "mission_locale": "Mission locale du Cantal",
        "themes": ["accompagnement-a-distance", "equipement-connectivite"],
        "audiences": ["zone-rurale", "peu-a-l-aise-numerique"],
        "tags": ["visio", "france-services", "mairies", "mobilite"],
        "tools": (
            "Jitsi Meet, un ordinateur portable avec webcam et casque dans chaque "
            "lieu, agenda partagé avec les secrétariats de mairie"
        ),
        "maturity": "testing",
        "status": "running",
        "start": "2024-09-02",
        "end": None,
        "context": (
            "Dans le nord du département, certains jeunes vivent à plus d'une heure de "
            "l'antenne la plus proche, sans permis ni transport en commun adapté. Les "
            "permanences physiques mensuelles ne suffisaient pas. L'expérience de "
            "Bordeaux montrait que la visio fonctionne pour le suivi. Ici, le problème "
            "n'était pas l'horaire mais la distance et la mauvaise connexion au "
            "domicile des jeunes."
        ),
        "objectives": [
            "Proposer un rendez-vous toutes les deux semaines sans long déplacement",
            "S'appuyer sur des lieux déjà connus : mairies, France services",
            "Garantir une connexion correcte et un espace confidentiel",
        ],
        "steps": [
            {
                "title": "Choix des lieux",
                "description": (
                    "Quatre mairies et une France services volontaires, avec un bureau "
                    "fermé et une connexion fibre ou 4G stable."
                ),
                "duration": "2 mois",
            },
            {
                "title": "Installation",
                "description": (
                    "Un ordinateur portable, un casque et un guide d'une page laissés "
                    "sur place ; test avec les secrétaires de mairie."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Premier rendez-vous physique",
                "description": (
                    "Le premier entretien a lieu en présentiel lors de la permanence "
                    "mensuelle ; la suite peut se faire en visio."
                ),
                "duration": "en continu",
            },
            {
                "title": "Rendez-vous en visio",
                "description": (
                    "Le jeune réserve par téléphone ; la secrétaire de mairie ouvre le "
                    "bureau et lance la connexion si besoin."
                ),
                "duration": "en continu",
            },
        ],
        "staff_time": (
            "3 conseillers de l'antenne nord, environ 2 heures par semaine chacun"
        ),
        "cost": (
            "3 400 € (5 ordinateurs portables et casques), financés par le Conseil "
            "départemental"
        ),
        "partners": (
            "Mairies partenaires, France services, Conseil départemental du Cantal"
        ),
        "results": (
            "Sur la première année, 58 jeunes ont eu au moins un rendez-vous en visio "
            "depuis un des lieux, pour 236 rendez-vous au total. Les rendez-vous non "
            "honorés sont moins nombreux qu'en permanence physique (11 % contre 19 %). "
            "Les jeunes apprécient surtout de pouvoir venir à pied ou à vélo."
        ),
        "indicators": [
            {"label": "Jeunes concernés", "value": "58"},
            {"label": "Rendez-vous en visio", "value": "236"},
            {"label": "Rendez-vous non honorés", "value": "11 %"},
        ],
        "difficulties": (
            "Les horaires d'ouverture des mairies limitent les créneaux possibles. "
            "Dans une commune, le bureau prêté était aussi celui du maire, ce qui "
            "posait un problème de confidentialité : le lieu a été changé. Un "
            "ordinateur a été volé, sans conséquence sur les données car aucun fichier "
            "n'y était enregistré."
        ),
        "conditions": (
            "Des lieux relais volontaires avec un bureau fermé et une personne "
            "ressource sur place. Garder un premier rendez-vous physique."
        ),
        "resources": [
            {"title": "Service-public.fr", "url": "https://www.service-public.fr/"},
            {
                "title": "Union nationale des Missions locales",
                "url": "https://www.unml.info/",
            },
        ],
        "team": "L'équipe de l'antenne nord (3 conseillers)",
        "contact": "antenne-nord@ml-cantal.example",
        "reproduced_from": (
            "Des rendez-vous en visio le samedi matin pour les jeunes en emploi"
        ),
    },
    {
        "title": "Un numéro WhatsApp Business partagé par toute l'antenne",
        "summary": (
            "Au lieu de numéros individuels, l'antenne utilise un seul numéro WhatsApp "
            "Business géré à plusieurs, avec des messages types, des rappels de "
            "rendez-vous et des horaires de réponse affichés."
        ),
        "department": "971",
        "mission_locale": "Mission locale de Guadeloupe",
        "themes": ["accompagnement-a-distance", "outils-collaboratifs"],
        "audiences": ["cej", "sans-domicile-stable"],
        "tags": ["whatsapp", "messagerie", "rappels", "absences"],
        "tools": (
            "WhatsApp Business (plusieurs appareils liés), tablette à l'accueil, "
            "messages types"
        ),
        "maturity": "evaluated",
        "status": "running",
        "start": "2023-05-15",
        "end": None,
        "context": (
            "Les jeunes répondent très peu aux mails et aux appels, mais lisent "
            "WhatsApp. Plusieurs conseillers utilisaient leur numéro personnel et les "
            "messages restaient sans réponse pendant les congés. Les coupures de "
            "réseau et les changements fréquents de numéro compliquaient aussi le "
            "suivi. L'antenne a voulu un canal unique, tenu collectivement."
        ),
        "objectives": [
            "Avoir un seul numéro connu des jeunes",
            "Assurer une réponse même en l'absence du conseiller référent",
            "Réduire les rendez-vous non honorés grâce aux rappels",
        ],
        "steps": [
            {
                "title": "Ouverture du compte",
                "description": (
                    "Un numéro professionnel dédié, WhatsApp Business installé sur la "
                    "tablette de l'accueil et sur les téléphones de service."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Messages types",
                "description": (
                    "Message d'accueil automatique, message d'absence hors horaires, "
                    "rappel de rendez-vous la veille."
                ),
                "duration": "1 semaine",
            },
            {
                "title": "Organisation de la veille",
                "description": (
                    "Un conseiller « de veille » par demi-journée répond aux messages "
                    "et transmet au conseiller référent."
                ),
                "duration": "en continu",
            },
            {
                "title": "Règles de contenu",
                "description": (
                    "Aucun document administratif par ce canal ; tout sujet personnel "
                    "est renvoyé vers un rendez-vous."
                ),
                "duration": "en continu",
            },
        ],
        "staff_time": (
            "1 conseiller de veille par demi-journée, soit environ 20 % d'un poste au "
            "total"
        ),
        "cost": "300 € (tablette) ; forfait téléphonique existant",
        "partners": "Aucun",
        "results": (
            "Après un an, le numéro compte environ 620 contacts de jeunes. Depuis la "
            "mise en place des rappels la veille, le taux de rendez-vous non honorés "
            "est passé de 27 % à 16 %. 90 % des messages reçus en journée ont une "
            "réponse dans la demi-journée."
        ),
        "indicators": [
            {"label": "Contacts jeunes", "value": "620"},
            {"label": "Rendez-vous non honorés", "value": "27 % puis 16 %"},
            {"label": "Réponses dans la demi-journée", "value": "90 %"},
        ],
        "difficulties": (
            "WhatsApp Business limite le nombre d'appareils liés ; au-delà, il "
            "faudrait passer par une offre payante. Les jeunes ne savent pas toujours "
            "qui leur répond, ce qui en gêne certains. Les longs messages vocaux sont "
            "difficiles à traiter par la personne de veille."
        ),
        "conditions": (
            "Des téléphones de service et une organisation de veille claire. Fixer dès "
            "le départ ce qui ne passe pas par la messagerie."
        ),
        "resources": [{"title": "CNIL", "url": "https://www.cnil.fr/"}],
        "team": "L'équipe de l'antenne (5 conseillers) et l'agent d'accueil",
        "contact": "antenne-pap@ml-guadeloupe.example",
        "reproduced_from": None,
    },
    {
        "title": (
            "Des vidéos courtes sur TikTok pour présenter les métiers qui recrutent"
        ),
        "summary": (
            "Essai de vidéos de 30 à 60 secondes tournées dans des entreprises locales "
            "et publiées sur TikTok. Arrêté au bout de huit mois : beaucoup de vues, "
            "mais presque aucun contact ni inscription."
        ),
        "department": "974",
        "mission_locale": "Mission locale Sud Réunion",
        "themes": ["reseaux-sociaux", "emploi-entreprises"],
        "audiences": ["cej"],
        "tags": ["tiktok", "video", "metiers", "communication"],
        "tools": "TikTok, smartphone avec stabilisateur, CapCut pour le montage",
        "maturity": "testing",
        "status": "abandoned",
        "start": "2023-02-01",
        "end": "2023-09-29",
        "context": (
            "Dans le sud de l'île, le BTP, l'aide à la personne et la logistique "
            "peinent à recruter, alors que beaucoup de jeunes ne connaissent pas ces "
            "métiers. Une conseillère à l'aise en vidéo a proposé de tester TikTok, "
            "très utilisé par les jeunes accompagnés. L'objectif était d'amener des "
            "jeunes aux informations collectives sur les métiers."
        ),
        "objectives": [
            "Faire découvrir des métiers qui recrutent localement",
            "Augmenter la participation aux informations collectives",
            "Tester un réseau que la structure n'utilisait pas",
        ],
        "steps": [
            {
                "title": "Repérage des entreprises",
                "description": (
                    "Six entreprises volontaires pour un tournage d'une demi-journée."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Tournage et montage",
                "description": (
                    "Deux à quatre vidéos par entreprise, montées sur smartphone."
                ),
                "duration": "3 mois",
            },
            {
                "title": "Publication",
                "description": (
                    "Une vidéo par semaine, avec un lien vers l'inscription aux "
                    "informations collectives."
                ),
                "duration": "4 mois",
            },
            {
                "title": "Bilan et arrêt",
                "description": (
                    "Comparaison du temps passé et des inscriptions obtenues ; "
                    "décision d'arrêt en comité de direction."
                ),
                "duration": "1 mois",
            },
        ],
        "staff_time": "1 conseillère à 25 % pendant 8 mois",
        "cost": "450 € (stabilisateur, micro, éclairage)",
        "partners": "Six entreprises locales, Chambre de métiers et de l'artisanat",
        "results": (
            "23 vidéos ont été publiées, pour environ 41 000 vues cumulées, dont 15 "
            "000 pour une seule vidéo. Mais seulement 9 inscriptions aux informations "
            "collectives ont pu être attribuées à TikTok, et 4 jeunes sont réellement "
            "venus. Rapporté aux quelque 280 heures passées, le résultat a été jugé "
            "insuffisant."
        ),
        "indicators": [
            {"label": "Vues cumulées", "value": "41 000"},
            {"label": "Inscriptions attribuées à TikTok", "value": "9"},
            {"label": "Temps passé", "value": "environ 280 h"},
        ],
        "difficulties": (
            "Les vues venaient en grande partie de personnes hors du territoire ou "
            "hors de la tranche d'âge. Le lien vers l'inscription était peu visible et "
            "peu cliqué. La conseillère portait seule le projet, et personne n'a pris "
            "le relais quand elle a changé de poste."
        ),
        "conditions": (
            "À ne retenter qu'avec un objectif de notoriété assumé, pas de recrutement "
            "direct, et avec au moins deux personnes. Mesurer dès le début d'où "
            "viennent les inscriptions."
        ),
        "resources": [
            {
                "title": "Union nationale des Missions locales",
                "url": "https://www.unml.info/",
            },
        ],
        "team": "Une conseillère du pôle emploi et la chargée de communication",
        "contact": "communication@ml-sud-reunion.example",
        "reproduced_from": None,
    },
    {
        "title": (
            "Ateliers numériques avec des médiateurs bilingues à "
            "Saint-Laurent-du-Maroni"
        ),
        "summary": (
            "Des ateliers de prise en main du smartphone et des démarches en ligne, "
            "animés en binôme par une conseillère et un médiateur parlant les langues "
            "du fleuve, pour des jeunes qui lisent difficilement le français."
        ),
        "department": "973",
        "mission_locale": "Mission locale de Guyane",
        "themes": ["inclusion-numerique", "demarches-en-ligne"],
        "audiences": ["peu-a-l-aise-numerique", "sans-domicile-stable"],
        "tags": ["smartphone", "mediation", "langues", "pictogrammes"],
        "tools": (
            "Smartphones des jeunes, tablettes de l'antenne, fiches illustrées par "
            "pictogrammes"
        ),
        "maturity": "testing",
        "status": "running",
        "start": "2024-10-07",
        "end": None,
        "context": (
            "À Saint-Laurent-du-Maroni, beaucoup de jeunes parlent le nengee, le "
            "saamaka ou le portugais du Brésil et lisent difficilement le français. "
            "Les démarches en ligne (adresse mail, espace France Travail, CAF) "
            "bloquent dès l'inscription. Les ateliers existants, entièrement en "
            "français écrit, ne fonctionnaient pas. Des médiateurs culturels "
            "travaillaient déjà avec l'hôpital et les associations."
        ),
        "objectives": [
            "Permettre aux jeunes de créer et d'utiliser une adresse mail",
            "Accéder seuls à leur espace France Travail et CAF",
            "Adapter les supports à un public peu lecteur",
        ],
        "steps": [
            {
                "title": "Construction des supports",
                "description": (
                    "Fiches faites de captures d'écran et de pictogrammes, avec très "
                    "peu de texte."
                ),
                "duration": "6 semaines",
            },
            {
                "title": "Binômes d'animation",
                "description": (
                    "Une conseillère et un médiateur bilingue animent ensemble chaque "
                    "séance."
                ),
                "duration": "en continu",
            },
            {
                "title": "Ateliers sur smartphone",
                "description": (
                    "Le travail se fait sur le téléphone du jeune, l'outil qu'il "
                    "utilisera ensuite."
                ),
                "duration": "en continu",
            },
            {
                "title": "Point d'étape",
                "description": (
                    "Bilan à six mois avec les médiateurs pour adapter les supports."
                ),
                "duration": "1 mois",
            },
        ],
        "staff_time": "1 conseillère à 30 % et 2 médiateurs à 6 heures par semaine",
        "cost": "5 200 € par an (vacations des médiateurs et impression des supports)",
        "partners": (
            "Association de médiation culturelle, France services de "
            "Saint-Laurent-du-Maroni, CAF de la Guyane"
        ),
        "results": (
            "Sur les six premiers mois, 67 jeunes ont participé à au moins un atelier. "
            "49 ont créé une adresse mail qu'ils utilisaient encore un mois plus tard "
            "et 38 ont activé leur espace France Travail. Les fiches illustrées "
            "servent désormais aussi en entretien individuel."
        ),
        "indicators": [
            {"label": "Jeunes participants", "value": "67"},
            {"label": "Adresses mail actives à un mois", "value": "49"},
            {"label": "Espaces France Travail activés", "value": "38"},
        ],
        "difficulties": (
            "Beaucoup de jeunes n'ont pas assez de data ou changent souvent de numéro, "
            "ce qui bloque la validation par code SMS. Trouver des médiateurs "
            "disponibles régulièrement reste fragile. Les coupures de réseau pendant "
            "les ateliers font perdre du temps."
        ),
        "conditions": (
            "Des médiateurs reconnus par les communautés et des supports testés avec "
            "les jeunes eux-mêmes. Un wifi fiable dans la salle."
        ),
        "resources": [
            {"title": "Les Bons Clics", "url": "https://lesbonsclics.fr/"},
            {"title": "France Travail", "url": "https://www.francetravail.fr/"},
        ],
        "team": (
            "Une conseillère de l'antenne de Saint-Laurent-du-Maroni et deux médiateurs"
        ),
        "contact": "antenne-slm@ml-guyane.example",
        "reproduced_from": None,
    },
    {
        "title": (
            "Créer ses accès en ligne dès le premier rendez-vous et garder ses "
            "identifiants"
        ),
        "summary": (
            "Au premier rendez-vous, le jeune crée ou récupère ses accès (France "
            "Travail, ameli, CAF, FranceConnect) et note ses identifiants dans un "
            "petit carnet papier qu'il garde, sans que la Mission locale conserve quoi "
            "que ce soit."
        ),
        "department": "80",
        "mission_locale": "Mission locale du Grand Amiénois",
        "themes": ["demarches-en-ligne", "donnees-personnelles"],
        "audiences": ["peu-a-l-aise-numerique", "cej"],
        "tags": ["franceconnect", "identifiants", "caf", "ameli"],
        "tools": "FranceConnect, carnet d'identifiants papier, poste en libre accès",
        "maturity": "evaluated",
        "status": "finished",
        "start": "2022-04-04",
        "end": "2023-07-13",
        "context": (
            "Une bonne partie des rendez-vous était perdue à récupérer des mots de "
            "passe oubliés ou des comptes créés en double. Certains conseillers "
            "notaient les identifiants des jeunes dans leurs propres fichiers, ce qui "
            "posait un problème de sécurité. L'arrivée des jeunes en CEJ, avec de "
            "nombreuses démarches en parallèle, a rendu la question urgente."
        ),
        "objectives": [
            "Que chaque jeune ait accès à ses principaux espaces en ligne",
            "Ne plus conserver aucun identifiant côté Mission locale",
            "Gagner du temps lors des rendez-vous suivants",
        ],
        "steps": [
            {
                "title": "Conception du carnet",
                "description": (
                    "Petit carnet au format passeport, une page par service et des "
                    "conseils pour les mots de passe."
                ),
                "duration": "3 semaines",
            },
            {
                "title": "Intégration au premier rendez-vous",
                "description": (
                    "Vingt minutes réservées aux accès en ligne dans l'entretien "
                    "d'entrée en CEJ."
                ),
                "duration": "en continu",
            },
            {
                "title": "Consigne interne",
                "description": (
                    "Interdiction écrite de noter les mots de passe des jeunes dans un "
                    "fichier ou un carnet de conseiller."
                ),
                "duration": "1 semaine",
            },
            {
                "title": "Évaluation",
                "description": (
                    "Mesure pendant deux mois du temps passé sur des problèmes d'accès "
                    "lors des rendez-vous de suivi."
                ),
                "duration": "2 mois",
            },
        ],
        "staff_time": (
            "Tous les conseillers CEJ, 20 minutes par entrée ; 1 référente pour les "
            "supports"
        ),
        "cost": "700 € (impression de 2 000 carnets)",
        "partners": "CAF de la Somme, CPAM, Pôle emploi (aujourd'hui France Travail)",
        "results": (
            "Environ 1 300 carnets ont été distribués. Pendant l'évaluation, les "
            "conseillers passaient en moyenne 6 minutes par rendez-vous de suivi sur "
            "des problèmes d'accès, contre 17 minutes auparavant. La consigne interne "
            "a permis de supprimer les fichiers d'identifiants que tenaient certains "
            "conseillers."
        ),
        "indicators": [
            {"label": "Carnets distribués", "value": "1 300"},
            {
                "label": "Temps perdu sur les accès par rendez-vous",
                "value": "17 min puis 6 min",
            },
        ],
        "difficulties": (
            "Des jeunes perdent le carnet comme ils perdaient leurs mots de passe : il "
            "ne règle pas tout. Le carnet peut aussi être lu par l'entourage, d'où le "
            "conseil de le ranger avec les papiers importants. La validation par SMS "
            "bloque ceux qui changent de numéro."
        ),
        "conditions": (
            "Réserver un temps dédié au premier rendez-vous et poser une règle interne "
            "claire sur les mots de passe. Le support doit rester très simple."
        ),
        "resources": [
            {"title": "FranceConnect", "url": "https://franceconnect.gouv.fr/"},
            {
                "title": "Cybermalveillance.gouv.fr",
                "url": "https://www.cybermalveillance.gouv.fr/",
            },
        ],
        "team": "L'équipe CEJ et la référente numérique",
        "contact": "cej@ml-amiens.example",
        "reproduced_from": None,
    },
    {
        "title": "Des cartes SIM et des recharges data pour les jeunes sans connexion",
        "summary": (
            "La Mission locale oriente les jeunes sans forfait vers des cartes SIM et "
            "des recharges solidaires, pour qu'ils puissent recevoir les offres et les "
            "rappels de rendez-vous et faire leurs démarches."
        ),
        "department": "34",
        "mission_locale": "Mission locale de Montpellier Méditerranée Métropole",
        "themes": ["equipement-connectivite", "aller-vers"],
        "audiences": ["sans-domicile-stable", "peu-a-l-aise-numerique"],
        "tags": ["sim", "data", "emmaus-connect", "precarite"],
        "tools": (
            "Cartes SIM et recharges solidaires Emmaüs Connect, suivi dans un tableur "
            "anonymisé"
        ),
        "maturity": "evaluated",
        "status": "finished",
        "start": "2021-11-02",
        "end": "2023-10-31",
        "context": (
            "Les conseillers perdaient régulièrement le contact avec des jeunes "
            "hébergés chez des tiers, en foyer ou à la rue : téléphone sans forfait, "
            "numéro changé. Certains ne pouvaient pas recevoir les codes de "
            "vérification par SMS. Emmaüs Connect proposait des recharges solidaires "
            "en lien avec des structures sociales."
        ),
        "objectives": [
            "Garder le contact avec les jeunes sans forfait stable",
            "Permettre les démarches qui demandent un code SMS",
            "Orienter vers une solution durable (forfait à petit prix)",
        ],
        "steps": [
            {
                "title": "Partenariat avec Emmaüs Connect",
                "description": (
                    "La Mission locale devient structure relais et peut orienter des "
                    "jeunes vers les recharges solidaires."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Critères d'attribution",
                "description": (
                    "Jeunes sans forfait ou avec une ligne coupée, en grande "
                    "précarité, sur proposition du conseiller."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Remise et suivi",
                "description": (
                    "SIM remise en rendez-vous, recharges mensuelles pendant trois à "
                    "six mois."
                ),
                "duration": "en continu",
            },
            {
                "title": "Sortie du dispositif",
                "description": (
                    "Avant la fin des recharges, aide à l'ouverture d'un forfait à "
                    "petit prix au nom du jeune."
                ),
                "duration": "en continu",
            },
        ],
        "staff_time": "1 référente à 10 % et les conseillers pour l'orientation",
        "cost": "2 600 € sur deux ans (participation aux recharges)",
        "partners": "Emmaüs Connect, accueil de jour, CCAS de Montpellier",
        "results": (
            "124 jeunes ont bénéficié d'une SIM et de recharges, pendant quatre mois "
            "en moyenne. 79 % étaient encore joignables trois mois après la fin des "
            "recharges. Les conseillers notent moins de sorties d'accompagnement « "
            "sans nouvelles » chez ces jeunes."
        ),
        "indicators": [
            {"label": "Jeunes équipés", "value": "124"},
            {"label": "Joignables 3 mois après la fin", "value": "79 %"},
        ],
        "difficulties": (
            "Certains téléphones étaient bloqués sur un opérateur ou trop anciens pour "
            "la 4G. Des SIM ont été perdues ou revendues. L'arrêt du financement a mis "
            "fin à l'action fin 2023."
        ),
        "conditions": (
            "Une structure partenaire qui fournit les SIM et des critères "
            "d'attribution clairs. Préparer la sortie dès l'entrée pour éviter une "
            "coupure brutale."
        ),
        "resources": [
            {"title": "Emmaüs Connect", "url": "https://emmaus-connect.org/"},
        ],
        "team": "La référente précarité et l'équipe d'accueil",
        "contact": "accueil@ml-montpellier.example",
        "reproduced_from": None,
    },
    {
        "title": "Des CV vidéo envoyés aux employeurs à la place du CV papier",
        "summary": (
            "Test de courtes vidéos de présentation tournées à la Mission locale et "
            "envoyées aux employeurs partenaires. Abandonné après six mois : peu de "
            "recruteurs les regardaient et beaucoup de jeunes étaient mal à l'aise."
        ),
        "department": "67",
        "mission_locale": "Mission locale pour l'emploi de Strasbourg",
        "themes": ["emploi-entreprises", "donnees-personnelles"],
        "audiences": ["cej", "qpv"],
        "tags": ["cv-video", "recrutement", "consentement", "video"],
        "tools": "Smartphone sur trépied, liens de partage privés à durée limitée",
        "maturity": "testing",
        "status": "abandoned",
        "start": "2022-05-02",
        "end": "2022-11-30",
        "context": (
            "Des jeunes peu expérimentés avaient des CV presque vides mais se "
            "présentaient bien à l'oral. L'idée était de les faire connaître par une "
            "vidéo d'une minute envoyée aux employeurs partenaires. Des plateformes "
            "privées proposaient ce service, mais la structure voulait garder la main "
            "sur les données."
        ),
        "objectives": [
            "Valoriser les jeunes à l'oral plutôt que sur le papier",
            "Obtenir plus d'entretiens pour les jeunes peu diplômés",
            "Tester la réaction des employeurs",
        ],
        "steps": [
            {
                "title": "Cadre juridique",
                "description": (
                    "Formulaire de consentement spécifique, droit de retrait à tout "
                    "moment, liens expirant après 30 jours."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Ateliers de tournage",
                "description": (
                    "Préparation du texte et tournage en plusieurs prises, avec "
                    "possibilité de renoncer à tout moment."
                ),
                "duration": "3 mois",
            },
            {
                "title": "Envoi aux employeurs",
                "description": (
                    "Liens envoyés à une vingtaine d'employeurs partenaires, avec les "
                    "offres correspondantes."
                ),
                "duration": "3 mois",
            },
            {
                "title": "Bilan",
                "description": (
                    "Entretiens avec les employeurs et les jeunes, puis décision "
                    "d'arrêt."
                ),
                "duration": "1 mois",
            },
        ],
        "staff_time": "2 conseillers à 10 % pendant 6 mois",
        "cost": "200 € (trépied, micro)",
        "partners": (
            "Une vingtaine d'employeurs partenaires (commerce, logistique, "
            "restauration)"
        ),
        "results": (
            "31 vidéos ont été tournées, mais seuls 22 jeunes ont accepté qu'elles "
            "soient envoyées. Les liens ont été ouverts dans moins d'un cas sur trois "
            "et 5 entretiens ont été obtenus, sans différence visible avec un CV "
            "accompagné d'un appel du conseiller."
        ),
        "indicators": [
            {"label": "Vidéos tournées", "value": "31"},
            {"label": "Liens ouverts par les employeurs", "value": "30 %"},
            {"label": "Entretiens obtenus", "value": "5"},
        ],
        "difficulties": (
            "Beaucoup de jeunes étaient stressés par la caméra et refaisaient dix "
            "prises. Les employeurs préféraient l'appel d'un conseiller qui recommande "
            "un jeune. Surtout, la vidéo expose l'apparence et l'accent des jeunes : "
            "l'équipe a jugé le risque de discrimination trop important."
        ),
        "conditions": (
            "Nous ne recommandons pas de reproduire l'action telle quelle. Si l'idée "
            "est reprise, la réserver à des métiers où l'oral est central et héberger "
            "la vidéo sur un espace de la structure, jamais sur une plateforme "
            "publique."
        ),
        "resources": [
            {"title": "CNIL", "url": "https://www.cnil.fr/"},
            {
                "title": "Défenseur des droits",
                "url": "https://www.defenseurdesdroits.fr/",
            },
        ],
        "team": "Deux conseillers du pôle relation entreprises",
        "contact": "entreprises@ml-strasbourg.example",
        "reproduced_from": None,
    },
    {
        "title": "Des « cafés numériques » de 30 minutes entre collègues",
        "summary": (
            "Tous les quinze jours, un salarié montre à ses collègues une astuce ou un "
            "outil en 30 minutes, en salle et en visio pour les antennes : raccourcis "
            "dans i-milo, partage d'écran, formulaires en ligne, sécurité."
        ),
        "department": "21",
        "mission_locale": "Mission locale de l'agglomération dijonnaise",
        "themes": ["formation-equipes", "outils-collaboratifs"],
        "audiences": ["equipes"],
        "tags": ["formation-interne", "pair-a-pair", "visio", "astuces"],
        "tools": (
            "Microsoft Teams, salle de réunion avec écran, espace partagé pour les "
            "fiches"
        ),
        "maturity": "spread",
        "status": "running",
        "start": "2022-01-18",
        "end": None,
        "context": (
            "Les formations longues aux outils numériques étaient peu suivies, faute "
            "de temps, et vite oubliées. Pourtant, dans chaque équipe, quelqu'un "
            "maîtrisait une astuce utile que les autres ignoraient. L'idée était de "
            "faire circuler ces savoir-faire dans un format très court, en début "
            "d'après-midi."
        ),
        "objectives": [
            "Diffuser des savoir-faire numériques entre collègues",
            "Proposer un format court compatible avec les plannings",
            "Valoriser les compétences des salariés",
        ],
        "steps": [
            {
                "title": "Appel à volontaires",
                "description": (
                    "Liste de sujets proposés par l'équipe ; chacun peut en animer un."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Calendrier",
                "description": (
                    "Un mardi sur deux de 13 h 30 à 14 h, en salle et en visio pour "
                    "les antennes."
                ),
                "duration": "en continu",
            },
            {
                "title": "Capitalisation",
                "description": (
                    "Chaque café donne lieu à une fiche d'une page rangée dans "
                    "l'espace partagé."
                ),
                "duration": "en continu",
            },
        ],
        "staff_time": (
            "30 minutes tous les quinze jours pour les participants ; 2 heures de "
            "préparation pour l'animateur"
        ),
        "cost": "Aucun coût supplémentaire",
        "partners": "Aucun",
        "results": (
            "Plus de 60 cafés numériques ont été animés depuis 2022 par 23 salariés "
            "différents, avec 12 participants en moyenne. Les fiches les plus "
            "consultées portent sur i-milo, le partage d'écran en visio et la gestion "
            "des mails. Deux Missions locales voisines ont repris le format."
        ),
        "indicators": [
            {"label": "Cafés animés", "value": "plus de 60"},
            {"label": "Animateurs différents", "value": "23"},
            {"label": "Participants par café", "value": "12 en moyenne"},
        ],
        "difficulties": (
            "La participation baisse en période de forte activité, à la rentrée et en "
            "fin d'année. Sans une personne pour tenir le calendrier, le rythme se "
            "perd. Les sujets trop techniques ne tiennent pas en 30 minutes."
        ),
        "conditions": (
            "Un format court et régulier, ouvert à tous, et une personne qui "
            "coordonne. Laisser l'équipe choisir les sujets."
        ),
        "resources": [{"title": "Pix", "url": "https://pix.fr/"}],
        "team": "La chargée de projet numérique et les salariés animateurs",
        "contact": "projets@ml-dijon.example",
        "reproduced_from": None,
    },
    {
        "title": "Un agenda partagé en ligne pour les ateliers de toutes les antennes",
        "summary": (
            "Les ateliers collectifs des cinq antennes sont regroupés dans un agenda "
            "en ligne commun, consultable par tous les conseillers et par les "
            "partenaires, avec une inscription par formulaire."
        ),
        "department": "24",
        "mission_locale": "Mission locale du Bergeracois",
        "themes": ["outils-collaboratifs"],
        "audiences": ["equipes", "zone-rurale"],
        "tags": ["agenda", "ateliers", "formulaire", "antennes"],
        "tools": (
            "Agenda partagé Nextcloud, formulaires en ligne, page « ateliers » du site "
            "internet"
        ),
        "maturity": "evaluated",
        "status": "finished",
        "start": "2023-09-04",
        "end": "2024-06-28",
        "context": (
            "Chaque antenne organisait ses ateliers de son côté et les conseillers "
            "ignoraient ce qui se passait à trente kilomètres. Des ateliers se "
            "tenaient avec deux participants pendant qu'une autre antenne refusait du "
            "monde. Les partenaires, France services et CCAS en tête, demandaient un "
            "programme lisible."
        ),
        "objectives": [
            "Donner une vision commune des ateliers du territoire",
            "Mieux remplir les ateliers en ouvrant l'inscription aux autres antennes",
            "Informer les partenaires sans envois de mails répétés",
        ],
        "steps": [
            {
                "title": "Inventaire des ateliers",
                "description": (
                    "Recensement des ateliers réguliers et ponctuels de chaque antenne."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Création de l'agenda",
                "description": (
                    "Un agenda commun, une couleur par antenne, un modèle de "
                    "description et un lien d'inscription."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Ouverture aux partenaires",
                "description": (
                    "Lien de consultation en lecture seule envoyé aux partenaires et "
                    "intégré au site."
                ),
                "duration": "1 semaine",
            },
            {
                "title": "Bilan",
                "description": "Comparaison du taux de remplissage sur un semestre.",
                "duration": "1 mois",
            },
        ],
        "staff_time": "1 assistante à 10 % pour les mises à jour",
        "cost": "Aucun coût supplémentaire (Nextcloud déjà utilisé)",
        "partners": "France services du territoire, CCAS, Missions locales voisines",
        "results": (
            "Le taux de remplissage moyen des ateliers est passé de 52 % à 74 % sur "
            "l'année scolaire. 18 % des participants venaient d'une autre antenne que "
            "celle qui organisait l'atelier. Les partenaires orientent davantage de "
            "jeunes directement vers un atelier daté."
        ),
        "indicators": [
            {"label": "Taux de remplissage des ateliers", "value": "52 % puis 74 %"},
            {"label": "Participants venus d'une autre antenne", "value": "18 %"},
        ],
        "difficulties": (
            "Les mises à jour reposaient sur une seule assistante et les annulations "
            "de dernière minute n'étaient pas toujours reportées. Les jeunes sans "
            "voiture ne peuvent pas toujours se rendre dans une autre antenne. "
            "L'expérimentation s'est terminée avec le passage à l'agenda intégré d'un "
            "outil régional."
        ),
        "conditions": (
            "Une personne responsable des mises à jour et une règle simple : un "
            "atelier qui n'est pas dans l'agenda n'existe pas. Vérifier les "
            "possibilités de transport entre antennes."
        ),
        "resources": [
            {
                "title": "Union nationale des Missions locales",
                "url": "https://www.unml.info/",
            },
        ],
        "team": "Les référents ateliers des cinq antennes et l'assistante de direction",
        "contact": "ateliers@ml-bergerac.example",
        "reproduced_from": None,
    },
    {
        "title": (
            "Saisir l'entretien dans i-milo pendant le rendez-vous, écran tourné vers "
            "le jeune"
        ),
        "summary": (
            "Des conseillers volontaires saisissent l'entretien dans i-milo en direct, "
            "avec un second écran tourné vers le jeune, pour qu'il voie et valide ce "
            "qui est écrit à son sujet."
        ),
        "department": "38",
        "mission_locale": "Mission locale de Grenoble",
        "themes": ["systeme-information", "donnees-personnelles"],
        "audiences": ["equipes", "cej"],
        "tags": ["i-milo", "transparence", "double-ecran", "saisie"],
        "tools": "i-milo, second écran orientable",
        "maturity": "testing",
        "status": "running",
        "start": "2025-01-13",
        "end": None,
        "context": (
            "La saisie après les rendez-vous prenait beaucoup de temps en fin de "
            "journée. Par ailleurs, des jeunes ayant demandé l'accès à leur dossier "
            "s'étaient étonnés de certaines formulations. Trois conseillers ont "
            "proposé de saisir en direct, écran visible, pour gagner du temps et en "
            "transparence."
        ),
        "objectives": [
            "Réduire le temps de saisie après les rendez-vous",
            "Rendre le dossier compréhensible par le jeune",
            "Améliorer la qualité des écrits professionnels",
        ],
        "steps": [
            {
                "title": "Équipement",
                "description": (
                    "Achat de seconds écrans orientables pour les bureaux des "
                    "volontaires."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Règles d'écriture",
                "description": (
                    "Écrire des faits, pas d'interprétations ; relire la synthèse "
                    "ensemble en fin d'entretien."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Test",
                "description": (
                    "Huit conseillers volontaires pratiquent la saisie en direct."
                ),
                "duration": "6 mois",
            },
            {
                "title": "Retours",
                "description": (
                    "Questionnaire court auprès des jeunes et des conseillers."
                ),
                "duration": "1 mois",
            },
        ],
        "staff_time": (
            "8 conseillers volontaires ; 1 référent i-milo à 5 % pour le suivi"
        ),
        "cost": "1 100 € (8 écrans)",
        "partners": "Aucun ; le DPO a été consulté",
        "results": (
            "Sur les six premiers mois, les conseillers volontaires estiment gagner 20 "
            "à 30 minutes de saisie par jour. Sur 86 jeunes interrogés, 72 disent "
            "préférer voir ce qui est écrit. Les conseillers notent que la relecture "
            "commune fait souvent ressortir des informations oubliées."
        ),
        "indicators": [
            {"label": "Conseillers volontaires", "value": "8"},
            {"label": "Jeunes préférant voir la saisie", "value": "72 sur 86"},
            {"label": "Temps de saisie gagné par jour", "value": "20 à 30 min"},
        ],
        "difficulties": (
            "Les entretiens sensibles (violences, santé) ne se prêtent pas à la saisie "
            "en direct : le conseiller détourne alors l'écran et saisit après. Les "
            "lenteurs d'i-milo à certaines heures cassent le rythme de l'entretien. "
            "Deux conseillers ont arrêté, trouvant que l'écran gênait la relation."
        ),
        "conditions": (
            "Laisser la pratique au volontariat et garder la possibilité de ne pas "
            "saisir en direct. Travailler les règles d'écriture avant de montrer "
            "l'écran."
        ),
        "resources": [{"title": "CNIL", "url": "https://www.cnil.fr/"}],
        "team": "Huit conseillers volontaires et le référent i-milo",
        "contact": "si@ml-grenoble.example",
        "reproduced_from": None,
    },
    {
        "title": "Couper les notifications des téléphones de service après 18 h 30",
        "summary": (
            "Reprenant la charte de déconnexion du Pays de Morlaix, l'équipe a "
            "programmé le mode « ne pas déranger » sur tous les téléphones de service "
            "de 18 h 30 à 8 h 30 et le week-end, avec un message automatique pour les "
            "jeunes."
        ),
        "department": "56",
        "mission_locale": "Mission locale du Pays de Lorient",
        "themes": ["qualite-vie-travail", "accompagnement-a-distance"],
        "audiences": ["equipes"],
        "tags": ["deconnexion", "telephones", "notifications", "whatsapp"],
        "tools": (
            "Mode « ne pas déranger » programmé, message d'absence WhatsApp Business, "
            "outil de gestion de la flotte mobile"
        ),
        "maturity": "evaluated",
        "status": "running",
        "start": "2023-01-02",
        "end": None,
        "context": (
            "La charte de déconnexion du Pays de Morlaix avait été présentée lors "
            "d'une rencontre régionale. À Lorient, les salariés avaient déjà des "
            "téléphones de service, mais les gardaient allumés le soir. Plutôt que de "
            "réécrire une charte complète, l'équipe a choisi de commencer par une "
            "mesure technique simple, puis d'en discuter."
        ),
        "objectives": [
            "Réduire les sollicitations en dehors des horaires",
            "Informer les jeunes des horaires de réponse",
            "Tester une mesure simple avant une charte complète",
        ],
        "steps": [
            {
                "title": "Reprise de la charte voisine",
                "description": (
                    "Lecture de la charte de Morlaix en réunion d'équipe et choix des "
                    "règles à reprendre."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Paramétrage",
                "description": (
                    "Programmation du mode « ne pas déranger » sur les 28 téléphones "
                    "par le prestataire de flotte mobile."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Message aux jeunes",
                "description": (
                    "Message automatique hors horaires rappelant les heures "
                    "d'ouverture et les numéros d'urgence."
                ),
                "duration": "1 semaine",
            },
            {
                "title": "Bilan à six mois",
                "description": "Questionnaire anonyme auprès des salariés.",
                "duration": "1 mois",
            },
        ],
        "staff_time": "Environ 3 jours pour le paramétrage et la communication",
        "cost": "Aucun coût supplémentaire",
        "partners": "CSE, Mission locale du Pays de Morlaix (partage de sa charte)",
        "results": (
            "Les 28 téléphones sont paramétrés. À six mois, 82 % des salariés disent "
            "ne plus consulter leurs messages professionnels le soir, contre 49 % "
            "avant. Aucune situation urgente restée sans réponse n'a été signalée ; le "
            "message automatique renvoie vers les numéros d'urgence."
        ),
        "indicators": [
            {"label": "Téléphones paramétrés", "value": "28"},
            {
                "label": "Salariés qui ne consultent plus le soir",
                "value": "49 % puis 82 %",
            },
        ],
        "difficulties": (
            "Les conseillers qui animent des ateliers en soirée doivent désactiver le "
            "mode à la main et oublient parfois de le réactiver. Quelques salariés ont "
            "demandé à garder leurs notifications, ce qui a été accepté. La charte "
            "complète reste à écrire."
        ),
        "conditions": (
            "Des téléphones de service gérés de façon centralisée. Expliquer la mesure "
            "aux jeunes et aux partenaires."
        ),
        "resources": [
            {"title": "Service-public.fr", "url": "https://www.service-public.fr/"},
        ],
        "team": "La direction, le CSE et le référent informatique",
        "contact": "rh@ml-lorient.example",
        "reproduced_from": (
            "Une charte du droit à la déconnexion co-écrite par l'équipe"
        ),
    },
    {
        "title": "Un registre des traitements tenu à jour avec un DPO mutualisé",
        "summary": (
            "Avec un délégué à la protection des données partagé entre trois Missions "
            "locales, l'équipe a recensé tous ses traitements de données (i-milo, "
            "messageries, formulaires, réseaux sociaux) et remis à jour son registre."
        ),
        "department": "53",
        "mission_locale": "Mission locale de la Mayenne",
        "themes": ["donnees-personnelles", "systeme-information"],
        "audiences": ["equipes"],
        "tags": ["rgpd", "registre", "dpo", "mutualisation"],
        "tools": (
            "Modèle de registre de la CNIL, tableur partagé, entretiens par service"
        ),
        "maturity": "evaluated",
        "status": "finished",
        "start": "2021-02-01",
        "end": "2021-11-30",
        "context": (
            "Le registre des traitements datait de 2018 et ne mentionnait ni les "
            "messageries, ni les formulaires en ligne, ni les outils de visio arrivés "
            "avec la crise sanitaire. La structure n'avait pas les moyens de recruter "
            "seule un DPO. Trois Missions locales voisines ont décidé de mutualiser un "
            "poste à temps partiel."
        ),
        "objectives": [
            "Avoir un registre complet et à jour",
            "Repérer les pratiques à risque",
            "Désigner un DPO auprès de la CNIL",
        ],
        "steps": [
            {
                "title": "Mutualisation du DPO",
                "description": (
                    "Convention entre trois Missions locales et désignation du DPO "
                    "auprès de la CNIL."
                ),
                "duration": "2 mois",
            },
            {
                "title": "Entretiens par service",
                "description": (
                    "Une heure avec chaque service pour lister les outils et les "
                    "données utilisées."
                ),
                "duration": "2 mois",
            },
            {
                "title": "Rédaction du registre",
                "description": (
                    "Une fiche par traitement, sur le modèle proposé par la CNIL."
                ),
                "duration": "2 mois",
            },
            {
                "title": "Plan d'actions",
                "description": (
                    "Liste priorisée des corrections : durées de conservation, "
                    "formulaires, comptes personnels utilisés."
                ),
                "duration": "1 mois",
            },
        ],
        "staff_time": "DPO mutualisé à 20 % par structure ; une heure par service",
        "cost": "Environ 8 000 € par an pour la part du poste de DPO",
        "partners": "Deux Missions locales voisines, CNIL (ressources en ligne)",
        "results": (
            "Le registre compte désormais 23 traitements, contre 7 en 2018. Le plan "
            "d'actions a conduit à supprimer 4 formulaires en ligne créés sur des "
            "comptes personnels et à fixer une durée de conservation pour chaque "
            "traitement. Le modèle a été partagé avec les autres Missions locales de "
            "la région."
        ),
        "indicators": [
            {"label": "Traitements recensés", "value": "23 (contre 7)"},
            {"label": "Formulaires sur comptes personnels supprimés", "value": "4"},
        ],
        "difficulties": (
            "Les entretiens ont fait apparaître de nombreux outils installés sans en "
            "parler, ce qui a d'abord été mal vécu par certains salariés. Le registre "
            "vieillit vite : sans revue annuelle, il redevient incomplet."
        ),
        "conditions": (
            "Un DPO identifié, même à temps partiel, et le soutien explicite de la "
            "direction. Prévoir une revue annuelle du registre."
        ),
        "resources": [{"title": "CNIL", "url": "https://www.cnil.fr/"}],
        "team": "Le DPO mutualisé et la direction",
        "contact": "dpo@ml-mayenne.example",
        "reproduced_from": None,
    },
    {
        "title": (
            "Un camion équipé de tablettes et d'une connexion 4G dans les villages"
        ),
        "summary": (
            "Une fois par semaine, un camion aménagé s'arrête dans des villages sans "
            "service public : accueil de jeunes, démarches en ligne sur tablette et, "
            "si besoin, visio avec un conseiller spécialisé."
        ),
        "department": "88",
        "mission_locale": "Mission locale de l'Ouest Vosgien",
        "themes": ["aller-vers", "equipement-connectivite", "demarches-en-ligne"],
        "audiences": ["zone-rurale", "peu-a-l-aise-numerique", "mineurs"],
        "tags": ["itinerance", "tablettes", "4g", "visio"],
        "tools": "Véhicule aménagé, 4 tablettes, routeur 4G, imprimante portable, Zoom",
        "maturity": "evaluated",
        "status": "running",
        "start": "2022-10-03",
        "end": None,
        "context": (
            "Dans l'ouest du département, de nombreux jeunes vivent dans des communes "
            "sans transport régulier vers les antennes. Les permanences en mairie "
            "touchaient peu de monde. Le Conseil départemental disposait d'un véhicule "
            "peu utilisé et l'a proposé à la Mission locale pour un service itinérant."
        ),
        "objectives": [
            "Aller au-devant des jeunes qui ne viennent pas à l'antenne",
            "Permettre les démarches en ligne sur place",
            "Faire connaître la Mission locale dans les villages",
        ],
        "steps": [
            {
                "title": "Aménagement du véhicule",
                "description": (
                    "Installation d'un bureau, de tablettes et d'un routeur 4G ; test "
                    "de la couverture réseau à chaque étape."
                ),
                "duration": "3 mois",
            },
            {
                "title": "Choix des étapes",
                "description": (
                    "Six villages en rotation, jours de marché ou sorties de collège "
                    "de préférence, choisis avec les mairies."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Tournées",
                "description": (
                    "Un conseiller et un médiateur numérique, un jour par semaine."
                ),
                "duration": "en continu",
            },
            {
                "title": "Communication",
                "description": (
                    "Affiches dans les commerces et messages sur les pages Facebook "
                    "des communes."
                ),
                "duration": "en continu",
            },
        ],
        "staff_time": (
            "1 conseiller et 1 médiateur numérique, un jour par semaine chacun"
        ),
        "cost": (
            "14 000 € la première année (aménagement, matériel, carburant), dont 10 "
            "000 € du Conseil départemental"
        ),
        "partners": (
            "Conseil départemental des Vosges, communes étapes, conseillers numériques "
            "du territoire"
        ),
        "results": (
            "En deux ans, le camion a enregistré environ 540 passages de jeunes et "
            "permis de rencontrer 190 jeunes inconnus de la Mission locale, dont 112 "
            "sont entrés en accompagnement. Les démarches les plus fréquentes "
            "concernent France Travail, la CAF et l'inscription au permis de conduire."
        ),
        "indicators": [
            {"label": "Passages", "value": "540"},
            {
                "label": "Jeunes inconnus de la Mission locale rencontrés",
                "value": "190",
            },
            {"label": "Entrées en accompagnement", "value": "112"},
        ],
        "difficulties": (
            "La couverture 4G est nulle dans deux villages : l'étape a été déplacée "
            "dans une commune voisine. En hiver, la fréquentation chute fortement. Le "
            "carburant et l'entretien pèsent sur le budget au-delà de la première "
            "année."
        ),
        "conditions": (
            "Un véhicule mis à disposition et des communes impliquées. Vérifier la "
            "couverture réseau avant de fixer les étapes."
        ),
        "resources": [
            {"title": "Service-public.fr", "url": "https://www.service-public.fr/"},
        ],
        "team": "Un conseiller de l'antenne et un médiateur numérique",
        "contact": "itinerance@ml-ouest-vosgien.example",
        "reproduced_from": None,
    },
    {
        "title": "Des entretiens en visio avec interprétation en langue des signes",
        "summary": (
            "Pour les jeunes sourds accompagnés, les entretiens se font en visio à "
            "trois : le jeune, le conseiller et un interprète en langue des signes "
            "française (LSF) connecté à distance via un service spécialisé."
        ),
        "department": "75",
        "mission_locale": "Mission locale de Paris",
        "themes": ["accompagnement-a-distance"],
        "audiences": ["handicap"],
        "tags": ["visio", "lsf", "accessibilite", "interpretation"],
        "tools": (
            "Service d'interprétation à distance, Zoom, tablette pour les rendez-vous "
            "en présentiel"
        ),
        "maturity": "testing",
        "status": "finished",
        "start": "2023-04-03",
        "end": "2024-03-29",
        "context": (
            "Une quinzaine de jeunes sourds ou malentendants sont accompagnés chaque "
            "année. Faire venir un interprète en présentiel demandait plusieurs "
            "semaines de délai et coûtait cher pour des entretiens courts. L'écrit ne "
            "convient pas à tous les jeunes, pour qui la LSF est la première langue. "
            "Un service d'interprétation à distance proposait une offre aux "
            "structures."
        ),
        "objectives": [
            "Réduire les délais de rendez-vous pour les jeunes sourds",
            "Permettre des entretiens complets dans la langue du jeune",
            "Mesurer le coût réel d'une interprétation à distance",
        ],
        "steps": [
            {
                "title": "Choix du prestataire",
                "description": (
                    "Comparaison de deux services d'interprétation à distance et test "
                    "avec un jeune volontaire."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Sensibilisation des conseillers",
                "description": (
                    "Une demi-journée sur la surdité et les règles de la visio à trois "
                    ": tours de parole, cadrage, lumière."
                ),
                "duration": "1 demi-journée",
            },
            {
                "title": "Entretiens",
                "description": (
                    "Rendez-vous en visio, ou en présentiel avec l'interprète sur "
                    "tablette."
                ),
                "duration": "10 mois",
            },
            {
                "title": "Bilan",
                "description": "Entretiens avec les jeunes et le prestataire.",
                "duration": "1 mois",
            },
        ],
        "staff_time": "2 conseillers référents handicap à 10 %",
        "cost": (
            "6 300 € (environ 110 heures d'interprétation), cofinancés par l'Agefiph"
        ),
        "partners": "Agefiph, Cap emploi, association de personnes sourdes",
        "results": (
            "14 jeunes ont bénéficié d'entretiens avec interprétation à distance, pour "
            "96 entretiens au total. Le délai moyen pour obtenir un rendez-vous est "
            "passé de trois semaines à quatre jours. Les jeunes disent mieux "
            "comprendre les étapes de leur parcours, mais plusieurs préfèrent un "
            "interprète présent pour les rendez-vous importants."
        ),
        "indicators": [
            {"label": "Jeunes concernés", "value": "14"},
            {"label": "Entretiens interprétés", "value": "96"},
            {"label": "Délai de rendez-vous", "value": "3 semaines puis 4 jours"},
        ],
        "difficulties": (
            "La qualité de la visio est déterminante : une image floue ou saccadée "
            "rend la LSF difficile à lire. Le cofinancement n'a pas été reconduit, "
            "d'où l'arrêt à la date prévue. Les ateliers collectifs n'ont pas pu être "
            "couverts."
        ),
        "conditions": (
            "Une connexion stable et un bon éclairage côté conseiller. Trouver un "
            "financement durable, par exemple avec l'Agefiph ou le Conseil "
            "départemental."
        ),
        "resources": [
            {"title": "Agefiph", "url": "https://www.agefiph.fr/"},
            {
                "title": "Mon parcours handicap",
                "url": "https://www.monparcourshandicap.gouv.fr/",
            },
        ],
        "team": "Les deux conseillers référents handicap",
        "contact": "handicap@ml-paris.example",
        "reproduced_from": None,
    },
    {
        "title": "Une story Instagram hebdomadaire avec les offres d'emploi locales",
        "summary": (
            "Version allégée du compte Instagram co-animé de Rennes pour une petite "
            "équipe : une seule publication récurrente, une story chaque lundi avec "
            "cinq offres locales, préparée en une heure sur un modèle Canva."
        ),
        "department": "2B",
        "mission_locale": "Mission locale de Haute-Corse",
        "themes": ["reseaux-sociaux", "emploi-entreprises"],
        "audiences": ["cej", "zone-rurale"],
        "tags": ["instagram", "canva", "offres", "stories"],
        "tools": "Instagram, Canva (modèle de story), tableau des offres en cours",
        "maturity": "testing",
        "status": "running",
        "start": "2024-03-04",
        "end": None,
        "context": (
            "L'équipe n'avait ni chargé de communication ni le temps d'animer un "
            "compte complet comme à Rennes. Après un échange avec l'équipe rennaise "
            "lors d'un webinaire, elle n'a retenu qu'une idée : un rendez-vous "
            "régulier et simple, que les jeunes attendent. Les offres saisonnières de "
            "Haute-Corse étaient mal connues des jeunes de l'intérieur."
        ),
        "objectives": [
            "Publier chaque semaine sans y passer plus d'une heure",
            "Faire connaître les offres locales aux jeunes de tout le département",
            "Mesurer l'intérêt avant d'aller plus loin",
        ],
        "steps": [
            {
                "title": "Modèle Canva",
                "description": (
                    "Création d'un modèle de story aux couleurs de la Mission locale, "
                    "réutilisable chaque semaine."
                ),
                "duration": "1 semaine",
            },
            {
                "title": "Sélection des offres",
                "description": (
                    "Chaque vendredi, le pôle entreprises choisit cinq offres variées, "
                    "sans le nom de l'employeur si celui-ci le demande."
                ),
                "duration": "en continu",
            },
            {
                "title": "Publication le lundi",
                "description": (
                    "Story publiée le lundi matin et ajoutée à la rubrique « Offres » "
                    "du profil."
                ),
                "duration": "en continu",
            },
            {
                "title": "Suivi",
                "description": "Relevé mensuel des vues et des messages reçus.",
                "duration": "en continu",
            },
        ],
        "staff_time": "1 conseillère, environ 1 heure par semaine",
        "cost": "Aucun coût supplémentaire",
        "partners": "Employeurs partenaires, France Travail",
        "results": (
            "Après un an, la story du lundi est vue en moyenne par 420 comptes et "
            "suscite 6 à 10 messages par semaine. 37 jeunes ont candidaté, par "
            "l'intermédiaire de la Mission locale, à une offre vue en story. Le compte "
            "a gagné environ 900 abonnés."
        ),
        "indicators": [
            {"label": "Vues moyennes par story", "value": "420"},
            {"label": "Candidatures issues des stories", "value": "37"},
        ],
        "difficulties": (
            "Certaines offres sont pourvues avant la publication, ce qui déçoit. Les "
            "stories disparaissent au bout de 24 heures : les jeunes qui ne regardent "
            "pas le lundi les ratent, d'où la rubrique permanente sur le profil."
        ),
        "conditions": (
            "Un modèle prêt à l'emploi et un créneau fixe dans la semaine. Le format "
            "fonctionne même avec une très petite équipe."
        ),
        "resources": [
            {"title": "France Travail", "url": "https://www.francetravail.fr/"},
        ],
        "team": "Une conseillère du pôle entreprises",
        "contact": "offres@ml-haute-corse.example",
        "reproduced_from": (
            "Un compte Instagram animé par les conseillers et des jeunes volontaires"
        ),
    },
    {
        "title": "Ateliers « premiers pas numériques » à la médiathèque du quartier",
        "summary": (
            "Reprise du format lillois en petits groupes, installé dans la médiathèque "
            "d'un quartier prioritaire et co-animé avec un bibliothécaire, pour "
            "toucher des jeunes qui ne viennent pas à la Mission locale."
        ),
        "department": "76",
        "mission_locale": "Mission locale de Rouen",
        "themes": ["inclusion-numerique", "aller-vers"],
        "audiences": ["qpv", "peu-a-l-aise-numerique"],
        "tags": ["mediatheque", "ateliers", "pix", "qpv"],
        "tools": "Postes de la médiathèque, Les Bons Clics, Pix",
        "maturity": "evaluated",
        "status": "finished",
        "start": "2023-01-16",
        "end": "2024-06-28",
        "context": (
            "Les ateliers numériques proposés dans les locaux de la Mission locale "
            "attiraient surtout des jeunes déjà accompagnés. La médiathèque du "
            "quartier accueillait chaque après-midi des jeunes venus pour le wifi, "
            "sans lien avec l'insertion. Le format lillois en groupes de quatre, "
            "partagé sur le Labo, semblait adapté à l'espace disponible."
        ),
        "objectives": [
            "Toucher des jeunes non accompagnés, là où ils sont déjà",
            "Reprendre un format éprouvé plutôt que tout inventer",
            "Construire un partenariat durable avec la médiathèque",
        ],
        "steps": [
            {
                "title": "Convention avec la médiathèque",
                "description": (
                    "Mise à disposition de l'espace multimédia deux après-midi par "
                    "mois."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Adaptation du cycle",
                "description": (
                    "Les quatre séances lilloises ramenées à trois, dont une consacrée "
                    "aux démarches en ligne."
                ),
                "duration": "3 semaines",
            },
            {
                "title": "Co-animation",
                "description": (
                    "Un conseiller et un bibliothécaire animent ensemble ; inscription "
                    "sur place, sans rendez-vous."
                ),
                "duration": "16 mois",
            },
            {
                "title": "Passage de relais",
                "description": (
                    "Le bibliothécaire anime seul une partie des séances à partir de "
                    "2024."
                ),
                "duration": "2 mois",
            },
        ],
        "staff_time": "1 conseiller à 10 % ; 1 bibliothécaire présent sur les séances",
        "cost": "Aucun coût supplémentaire",
        "partners": "Médiathèque du quartier, ville de Rouen, centre social",
        "results": (
            "En 18 mois, 64 jeunes ont suivi au moins une séance, dont 29 inconnus de "
            "la Mission locale ; 17 sont entrés en accompagnement. Le bibliothécaire "
            "anime désormais le cycle seul et oriente vers la Mission locale."
        ),
        "indicators": [
            {"label": "Jeunes participants", "value": "64"},
            {"label": "Jeunes inconnus de la Mission locale", "value": "29"},
            {"label": "Entrées en accompagnement", "value": "17"},
        ],
        "difficulties": (
            "Sans inscription préalable, les groupes sont imprévisibles : parfois huit "
            "jeunes, parfois aucun. Certains jeunes ont vu la présence du conseiller "
            "comme une intrusion dans « leur » lieu ; il a fallu rester discret au "
            "début."
        ),
        "conditions": (
            "Un lieu déjà fréquenté par les jeunes et un partenaire prêt à co-animer "
            "puis à reprendre l'atelier. Accepter une fréquentation irrégulière."
        ),
        "resources": [{"title": "Les Bons Clics", "url": "https://lesbonsclics.fr/"}],
        "team": "Un conseiller du pôle accueil et l'équipe de la médiathèque",
        "contact": "numerique@ml-rouen.example",
        "reproduced_from": (
            "Ateliers « premiers pas numériques » en petits groupes de quatre"
        ),
    },
    {
        "title": "Accompagner la demande de permis de conduire sur le site de l'ANTS",
        "summary": (
            "Un atelier mensuel aide les jeunes à déposer leur demande de numéro NEPH "
            "sur le site de l'ANTS (photo numérique, justificatifs, suivi), une étape "
            "qui bloquait de nombreux projets de permis déjà financés."
        ),
        "department": "18",
        "mission_locale": "Mission locale de Bourges",
        "themes": ["demarches-en-ligne"],
        "audiences": ["zone-rurale", "cej", "peu-a-l-aise-numerique"],
        "tags": ["ants", "permis", "mobilite", "photo-numerique"],
        "tools": "Site de l'ANTS, FranceConnect, scanner, cabine photo agréée",
        "maturity": "evaluated",
        "status": "finished",
        "start": "2022-09-05",
        "end": "2024-12-20",
        "context": (
            "Dans le Cher, le permis de conduire conditionne souvent l'accès à "
            "l'emploi. Des aides au financement existent, mais beaucoup de dossiers "
            "restaient bloqués à l'étape de la demande en ligne : photo numérique, "
            "justificatif de domicile quand on est hébergé, identifiants perdus. "
            "Certaines auto-écoles facturaient cette démarche."
        ),
        "objectives": [
            "Débloquer les demandes de NEPH en attente",
            "Rendre les jeunes capables de suivre leur dossier en ligne",
            "Éviter que des aides au permis ne soient perdues",
        ],
        "steps": [
            {
                "title": "Repérage des dossiers bloqués",
                "description": (
                    "Liste des jeunes ayant une aide au permis accordée mais pas "
                    "encore de numéro NEPH."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Atelier mensuel",
                "description": (
                    "Deux heures : photo numérique, FranceConnect, dépôt des "
                    "justificatifs, attestation d'hébergement."
                ),
                "duration": "en continu",
            },
            {
                "title": "Suivi",
                "description": (
                    "Point à un mois sur l'avancement de la demande et relance si le "
                    "dossier est incomplet."
                ),
                "duration": "en continu",
            },
        ],
        "staff_time": "1 conseillère mobilité à 10 %",
        "cost": (
            "Environ 300 € par an (photos numériques prises en charge pour les jeunes "
            "sans ressources)"
        ),
        "partners": (
            "Auto-écoles partenaires, Conseil départemental du Cher, France Travail"
        ),
        "results": (
            "En un peu plus de deux ans, 142 jeunes ont participé à l'atelier et 128 "
            "ont obtenu leur numéro NEPH, en 5 semaines en moyenne contre plus de 3 "
            "mois auparavant. Le nombre d'aides au permis non utilisées dans les "
            "délais a nettement diminué."
        ),
        "indicators": [
            {"label": "Jeunes accompagnés", "value": "142"},
            {"label": "Numéros NEPH obtenus", "value": "128"},
            {"label": "Délai moyen d'obtention", "value": "5 semaines"},
        ],
        "difficulties": (
            "Les attestations d'hébergement et justificatifs de domicile restent le "
            "principal blocage pour les jeunes hébergés chez des tiers. Le site de "
            "l'ANTS a connu des périodes d'indisponibilité qui ont obligé à reporter "
            "des séances."
        ),
        "conditions": (
            "Une conseillère qui connaît bien le site et ses pièges, et l'accès à une "
            "cabine ou à un photographe agréé. Se coordonner avec les auto-écoles pour "
            "éviter les doublons."
        ),
        "resources": [
            {"title": "ANTS", "url": "https://ants.gouv.fr/"},
            {"title": "Service-public.fr", "url": "https://www.service-public.fr/"},
        ],
        "team": "La conseillère mobilité et l'équipe de l'antenne de Bourges",
        "contact": "mobilite@ml-bourges.example",
        "reproduced_from": None,
    },
    {
        "title": "Un espace numérique en libre accès dans le hall d'accueil",
        "summary": (
            "Quatre ordinateurs, une imprimante et un wifi public dans le hall, avec "
            "un agent d'accueil formé à la médiation numérique, pour que les jeunes "
            "fassent leurs démarches et candidatures sans rendez-vous."
        ),
        "department": "972",
        "mission_locale": "Mission locale du Nord Martinique",
        "themes": ["equipement-connectivite", "inclusion-numerique"],
        "audiences": ["peu-a-l-aise-numerique", "zone-rurale"],
        "tags": ["libre-acces", "wifi", "imprimante", "mediation"],
        "tools": (
            "4 ordinateurs fixes en session invitée, wifi public avec portail, "
            "imprimante-scanner"
        ),
        "maturity": "evaluated",
        "status": "running",
        "start": "2022-03-14",
        "end": None,
        "context": (
            "Dans le nord de l'île, les cybercafés ont fermé et il est difficile "
            "d'imprimer un CV ou de scanner un justificatif. Beaucoup de jeunes "
            "venaient à l'accueil, sans rendez-vous, juste pour une impression. Le "
            "hall de la Mission locale restait inoccupé une partie de la journée."
        ),
        "objectives": [
            "Offrir un accès libre au matériel et à la connexion",
            "Accompagner ceux qui en ont besoin sans faire à leur place",
            "Faire du hall un premier point de contact",
        ],
        "steps": [
            {
                "title": "Aménagement",
                "description": (
                    "Quatre postes, une imprimante-scanner et des séparations pour "
                    "préserver la confidentialité des écrans."
                ),
                "duration": "2 mois",
            },
            {
                "title": "Paramétrage",
                "description": (
                    "Sessions invitées effacées à chaque déconnexion, portail wifi "
                    "avec conditions d'utilisation."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Formation de l'agent d'accueil",
                "description": "Formation de cinq jours à la médiation numérique.",
                "duration": "5 jours",
            },
            {
                "title": "Ouverture",
                "description": (
                    "Accès libre aux horaires d'ouverture, règles d'usage affichées."
                ),
                "duration": "en continu",
            },
        ],
        "staff_time": "1 agent d'accueil à 30 % sur l'espace",
        "cost": (
            "4 800 € (postes, imprimante, borne wifi) puis 400 € par an de consommables"
        ),
        "partners": (
            "Collectivité territoriale de Martinique, réseau des conseillers numériques"
        ),
        "results": (
            "L'espace compte en moyenne 35 passages par semaine. Les usages principaux "
            "sont l'impression et le scan de documents (45 %), les candidatures (30 %) "
            "et les démarches administratives (20 %). Environ un passage sur dix "
            "concerne un jeune encore inconnu de la Mission locale, orienté ensuite "
            "vers l'accueil."
        ),
        "indicators": [
            {"label": "Passages par semaine", "value": "35"},
            {
                "label": "Passages de jeunes inconnus de la Mission locale",
                "value": "10 %",
            },
        ],
        "difficulties": (
            "Les coupures d'électricité et de réseau lors des fortes pluies rendent "
            "l'espace inutilisable certains jours. L'agent d'accueil est souvent "
            "sollicité à la fois par l'espace et par l'accueil. Il a fallu limiter le "
            "temps par personne aux heures d'affluence."
        ),
        "conditions": (
            "Un espace visible et un agent formé présent en permanence. Des sessions "
            "qui s'effacent automatiquement pour protéger les données des jeunes."
        ),
        "resources": [{"title": "Les Bons Clics", "url": "https://lesbonsclics.fr/"}],
        "team": "L'agent d'accueil et la responsable d'antenne",
        "contact": "accueil@ml-nord-martinique.example",
        "reproduced_from": None,
    },
    {
        "title": "Préparer les jeunes aux entretiens de recrutement en visio",
        "summary": (
            "Un atelier d'entraînement aux entretiens d'embauche en visio : test du "
            "matériel, cadrage, posture et simulation avec un chargé de relation "
            "entreprises dans le rôle du recruteur."
        ),
        "department": "50",
        "mission_locale": "Mission locale du Centre Manche",
        "themes": ["emploi-entreprises", "accompagnement-a-distance"],
        "audiences": ["cej", "zone-rurale"],
        "tags": ["visio", "entretien-embauche", "simulation", "teams"],
        "tools": "Teams, Zoom et Google Meet (pour s'entraîner sur les trois), casques",
        "maturity": "evaluated",
        "status": "finished",
        "start": "2021-04-06",
        "end": "2022-06-24",
        "context": (
            "Depuis la crise sanitaire, de plus en plus d'employeurs et d'organismes "
            "de formation font passer un premier entretien en visio. Des jeunes ratent "
            "ces entretiens pour des raisons techniques (mauvais lien, micro coupé) ou "
            "se connectent depuis leur lit. Les conseillers n'étaient pas toujours à "
            "l'aise eux-mêmes avec les différents outils."
        ),
        "objectives": [
            "Éviter les échecs techniques lors des entretiens à distance",
            "Travailler la posture en visio",
            "Familiariser les jeunes avec les principaux outils",
        ],
        "steps": [
            {
                "title": "Conception de l'atelier",
                "description": (
                    "Séance de deux heures : test technique, cadre et lumière, "
                    "présentation en deux minutes, questions difficiles."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Simulations",
                "description": (
                    "Chaque jeune passe un entretien simulé de 10 minutes, enregistré "
                    "avec son accord, revu avec lui puis effacé."
                ),
                "duration": "en continu",
            },
            {
                "title": "Test avant un vrai entretien",
                "description": (
                    "Avant un entretien réel, le jeune peut faire un essai de "
                    "connexion avec son conseiller."
                ),
                "duration": "en continu",
            },
        ],
        "staff_time": (
            "1 chargé de relation entreprises et 1 conseillère, 4 heures par mois"
        ),
        "cost": "250 € (casques et lampe)",
        "partners": (
            "Employeurs partenaires (participation à des simulations), organismes de "
            "formation"
        ),
        "results": (
            "En 15 mois, 22 ateliers ont réuni 118 jeunes. Parmi les 59 qui ont "
            "déclaré avoir ensuite passé un vrai entretien en visio, aucun n'a signalé "
            "de problème technique bloquant et 24 ont été retenus pour l'étape "
            "suivante ou embauchés."
        ),
        "indicators": [
            {"label": "Jeunes formés", "value": "118"},
            {"label": "Entretiens réels en visio déclarés ensuite", "value": "59"},
            {"label": "Jeunes retenus ou embauchés", "value": "24"},
        ],
        "difficulties": (
            "Les jeunes sans ordinateur s'entraînent sur téléphone, ce qui limite le "
            "travail sur le cadrage. Les entretiens en visio sont devenus moins "
            "fréquents après 2022 ; l'atelier a donc été intégré à un atelier plus "
            "large sur les entretiens."
        ),
        "conditions": (
            "Un local calme avec une bonne connexion et des employeurs volontaires "
            "pour jouer les recruteurs. Effacer systématiquement les enregistrements "
            "après la séance."
        ),
        "resources": [
            {"title": "France Travail", "url": "https://www.francetravail.fr/"},
            {"title": "1jeune1solution", "url": "https://www.1jeune1solution.gouv.fr/"},
        ],
        "team": "Le chargé de relation entreprises et une conseillère emploi",
        "contact": "entreprises@ml-centre-manche.example",
        "reproduced_from": None,
    },
    {
        "title": "Former les conseillers à l'animation d'ateliers collectifs en visio",
        "summary": (
            "Trois demi-journées de formation-action pour apprendre à animer un "
            "atelier collectif en visio : préparer, faire participer, gérer les "
            "caméras éteintes et les décrochages."
        ),
        "department": "2A",
        "mission_locale": "Mission locale d'Ajaccio",
        "themes": ["formation-equipes", "accompagnement-a-distance"],
        "audiences": ["equipes", "zone-rurale"],
        "tags": ["visio", "animation", "formation-interne", "ateliers"],
        "tools": "Zoom, tableau blanc en ligne, sondages intégrés",
        "maturity": "testing",
        "status": "finished",
        "start": "2021-02-01",
        "end": "2021-06-30",
        "context": (
            "Pendant le confinement, les ateliers collectifs avaient été transposés en "
            "visio sans préparation : longues présentations, caméras éteintes, peu de "
            "participation. Avec des antennes très éloignées les unes des autres, la "
            "Mission locale voulait garder des ateliers à distance après la crise, "
            "mais de meilleure qualité."
        ),
        "objectives": [
            "Donner aux conseillers des techniques d'animation adaptées à la visio",
            "Améliorer la participation des jeunes aux ateliers à distance",
            "Constituer une boîte à outils commune",
        ],
        "steps": [
            {
                "title": "Diagnostic",
                "description": (
                    "Observation de trois ateliers en visio et questionnaire aux "
                    "conseillers."
                ),
                "duration": "3 semaines",
            },
            {
                "title": "Formation-action",
                "description": (
                    "Trois demi-journées avec un formateur : règles de base, outils de "
                    "participation, mise en pratique en sous-groupes."
                ),
                "duration": "2 mois",
            },
            {
                "title": "Ateliers observés",
                "description": (
                    "Chaque conseiller anime un atelier réel, observé par un collègue, "
                    "puis en discute avec lui."
                ),
                "duration": "2 mois",
            },
            {
                "title": "Boîte à outils",
                "description": (
                    "Rédaction d'un guide de 10 pages et de modèles de déroulé."
                ),
                "duration": "1 mois",
            },
        ],
        "staff_time": "12 conseillers, 12 heures chacun",
        "cost": "2 400 € (formateur externe), pris en charge par l'OPCO de la branche",
        "partners": (
            "Organisme de formation spécialisé dans la pédagogie à distance, OPCO"
        ),
        "results": (
            "12 conseillers ont été formés. Dans les ateliers animés ensuite, la part "
            "des participants restant jusqu'à la fin est passée d'environ 60 % à 85 %, "
            "et les caméras allumées sont nettement plus nombreuses. Le guide sert "
            "encore à l'accueil des nouveaux conseillers."
        ),
        "indicators": [
            {"label": "Conseillers formés", "value": "12"},
            {
                "label": "Participants présents jusqu'à la fin",
                "value": "60 % puis 85 %",
            },
        ],
        "difficulties": (
            "Les ateliers collectifs en visio ont été peu utilisés après la "
            "réouverture, ce qui a limité la mise en pratique. Les jeunes connectés "
            "sur téléphone participent moins aux outils interactifs."
        ),
        "conditions": (
            "Prévoir des mises en pratique réelles juste après la formation. Adapter "
            "les outils aux jeunes connectés sur smartphone."
        ),
        "resources": [
            {
                "title": "Union nationale des Missions locales",
                "url": "https://www.unml.info/",
            },
        ],
        "team": "La responsable formation et les douze conseillers",
        "contact": "formation@ml-ajaccio.example",
        "reproduced_from": None,
    },
    {
        "title": "Des comptes rendus de réunion d'équipe sur un bloc-notes partagé",
        "summary": (
            "Projet en préparation : remplacer les comptes rendus envoyés par mail une "
            "semaine après la réunion par un bloc-notes partagé rempli en direct, avec "
            "le relevé de décisions en tête."
        ),
        "department": "12",
        "mission_locale": "Mission locale départementale de l'Aveyron",
        "themes": ["outils-collaboratifs", "qualite-vie-travail"],
        "audiences": ["equipes", "zone-rurale"],
        "tags": ["pad", "reunions", "comptes-rendus", "organisation"],
        "tools": (
            "Bloc-notes collaboratif en ligne hébergé en France, visio pour les "
            "antennes"
        ),
        "maturity": "idea",
        "status": "running",
        "start": "2025-11-03",
        "end": None,
        "context": (
            "Les réunions d'équipe rassemblent des salariés de six antennes, dont une "
            "partie en visio. Les comptes rendus arrivent tard, sont longs et peu lus, "
            "et les décisions se perdent. Plusieurs salariés ont découvert les "
            "blocs-notes partagés lors d'une formation régionale et proposent de les "
            "tester."
        ),
        "objectives": [
            "Disposer du relevé de décisions le jour même",
            "Répartir la prise de notes entre plusieurs personnes",
            "Permettre aux salariés en visio de contribuer",
        ],
        "steps": [
            {
                "title": "Choix de l'outil",
                "description": (
                    "Comparaison de deux outils hébergés en France, utilisables sans "
                    "créer de compte."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Modèle de compte rendu",
                "description": (
                    "Trame commune : décisions, actions avec responsable et échéance, "
                    "points d'information."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Test",
                "description": (
                    "Utilisation lors des réunions mensuelles, avec une prise de notes "
                    "tournante."
                ),
                "duration": "3 mois",
            },
            {
                "title": "Bilan",
                "description": (
                    "Questionnaire court puis décision de généraliser ou non."
                ),
                "duration": "1 mois",
            },
        ],
        "staff_time": (
            "1 assistante et 1 conseiller volontaire, 2 heures par réunion pendant le "
            "test"
        ),
        "cost": "Aucun coût prévu",
        "partners": "Aucun",
        "results": (
            "Pas encore de résultats consolidés : le test commence. Lors des deux "
            "réunions pilotes, le relevé de décisions était disponible en fin de "
            "réunion, au lieu d'une semaine après."
        ),
        "indicators": [
            {"label": "Réunions pilotes", "value": "2"},
            {
                "label": "Délai de diffusion du relevé de décisions",
                "value": "1 semaine puis le jour même",
            },
        ],
        "difficulties": (
            "Les premiers essais montrent que certains hésitent à écrire dans un "
            "document que tout le monde voit en direct. Il faudra veiller à ce "
            "qu'aucune information sur les jeunes n'y soit notée."
        ),
        "conditions": (
            "Un outil sans création de compte et une trame simple. Désigner à chaque "
            "réunion la personne qui valide le relevé de décisions."
        ),
        "resources": [{"title": "CHATONS", "url": "https://www.chatons.org/"}],
        "team": "L'assistante de direction et deux conseillers volontaires",
        "contact": "equipe@ml-aveyron.example",
        "reproduced_from": None,
    },
    {
        "title": "Un référent i-milo dans chaque antenne pour les questions de saisie",
        "summary": (
            "Dans chaque antenne, un conseiller formé plus en profondeur à i-milo "
            "répond aux questions de ses collègues, fait remonter les anomalies et "
            "relaie les évolutions de l'outil."
        ),
        "department": "04",
        "mission_locale": "Mission locale des Alpes-de-Haute-Provence",
        "themes": ["systeme-information", "formation-equipes"],
        "audiences": ["equipes", "zone-rurale"],
        "tags": ["i-milo", "referents", "saisie", "entraide"],
        "tools": (
            "i-milo, canal de discussion interne des référents, foire aux questions "
            "partagée"
        ),
        "maturity": "spread",
        "status": "running",
        "start": "2021-09-13",
        "end": None,
        "context": (
            "Au déploiement d'i-milo, toutes les questions de saisie remontaient vers "
            "une seule personne au siège, vite débordée. Les antennes de montagne se "
            "sentaient isolées et attendaient parfois plusieurs jours une réponse. La "
            "Mission locale a choisi de répartir l'expertise."
        ),
        "objectives": [
            "Répondre rapidement aux questions de saisie",
            "Harmoniser les pratiques entre antennes",
            "Faire remonter les anomalies de façon organisée",
        ],
        "steps": [
            {
                "title": "Désignation des référents",
                "description": (
                    "Un volontaire par antenne, avec un temps reconnu dans sa fiche de "
                    "poste."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Formation approfondie",
                "description": (
                    "Deux jours de formation et participation aux réunions régionales "
                    "d'utilisateurs."
                ),
                "duration": "2 jours",
            },
            {
                "title": "Canal et foire aux questions",
                "description": (
                    "Un canal de discussion entre référents et une foire aux questions "
                    "alimentée au fil des réponses."
                ),
                "duration": "en continu",
            },
            {
                "title": "Réunion trimestrielle",
                "description": (
                    "Point des référents sur les anomalies et les évolutions d'i-milo."
                ),
                "duration": "2 heures par trimestre",
            },
        ],
        "staff_time": "5 référents à 5 % chacun",
        "cost": "Aucun coût supplémentaire hors temps de travail",
        "partners": (
            "Association régionale des Missions locales (réunions d'utilisateurs)"
        ),
        "results": (
            "La foire aux questions compte plus de 140 questions-réponses. Dans la "
            "grande majorité des cas, les questions de saisie trouvent une réponse "
            "dans la journée, au lieu de plusieurs jours. Les anomalies sont remontées "
            "de façon groupée, ce qui facilite leur traitement au niveau régional."
        ),
        "indicators": [
            {"label": "Référents", "value": "5"},
            {
                "label": "Questions-réponses dans la foire aux questions",
                "value": "plus de 140",
            },
        ],
        "difficulties": (
            "Le temps de référent est souvent grignoté par l'accompagnement. Quand un "
            "référent quitte la structure, l'antenne perd son appui pendant plusieurs "
            "mois."
        ),
        "conditions": (
            "Reconnaître le temps de référent dans la fiche de poste et prévoir un "
            "binôme pour assurer la continuité."
        ),
        "resources": [
            {
                "title": "Union nationale des Missions locales",
                "url": "https://www.unml.info/",
            },
        ],
        "team": "Les cinq référents i-milo et la responsable qualité",
        "contact": "imilo@ml-alpes-haute-provence.example",
        "reproduced_from": None,
    },
    {
        "title": "Des mercredis matin sans réunion ni messagerie interne",
        "summary": (
            "Projet proposé par le CSE : réserver le mercredi matin aux rendez-vous et "
            "au travail de fond, sans réunion ni messages internes non urgents. Un "
            "test sur un trimestre est prévu dans deux antennes."
        ),
        "department": "91",
        "mission_locale": "Mission locale Nord Essonne",
        "themes": ["qualite-vie-travail", "outils-collaboratifs"],
        "audiences": ["equipes"],
        "tags": ["reunions", "messagerie", "concentration", "qvt"],
        "tools": (
            "Plages bloquées dans les agendas partagés, statut « ne pas déranger » sur "
            "la messagerie interne"
        ),
        "maturity": "idea",
        "status": "running",
        "start": "2026-01-05",
        "end": None,
        "context": (
            "Le baromètre interne montre que les conseillers passent une part "
            "croissante de leur temps en réunion et à lire des messages internes, au "
            "détriment des rendez-vous et de la saisie. Beaucoup disent ne jamais "
            "avoir deux heures sans interruption. Le CSE a proposé de tester une "
            "matinée protégée par semaine."
        ),
        "objectives": [
            "Dégager chaque semaine un temps sans interruption",
            "Réduire le nombre de réunions internes",
            "Mesurer l'effet sur la charge ressentie",
        ],
        "steps": [
            {
                "title": "Consultation",
                "description": (
                    "Questionnaire à l'équipe sur le choix du créneau et les "
                    "exceptions nécessaires."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Règles",
                "description": (
                    "Aucune réunion interne, messagerie interne en différé ; les "
                    "urgences passent par le téléphone."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Test",
                "description": (
                    "Application pendant un trimestre dans deux antennes volontaires."
                ),
                "duration": "3 mois",
            },
            {
                "title": "Évaluation",
                "description": (
                    "Comparaison du baromètre avant et après, puis décision de "
                    "généralisation."
                ),
                "duration": "1 mois",
            },
        ],
        "staff_time": (
            "Pas de temps supplémentaire ; 1 référent qualité de vie au travail pour "
            "le suivi"
        ),
        "cost": "Aucun coût supplémentaire",
        "partners": "CSE",
        "results": (
            "Pas encore de résultats : le test doit démarrer dans deux antennes. Le "
            "questionnaire préalable a recueilli 41 réponses, dont 34 favorables au "
            "projet."
        ),
        "indicators": [
            {"label": "Réponses au questionnaire préalable", "value": "41"},
            {"label": "Avis favorables", "value": "34"},
        ],
        "difficulties": (
            "Les partenaires extérieurs fixent souvent leurs réunions le mercredi, ce "
            "qui réduit la marge de manœuvre. Les responsables d'antenne craignent une "
            "perte de réactivité."
        ),
        "conditions": (
            "Un accord de la direction et des exceptions clairement définies. "
            "Commencer par un test limité dans le temps."
        ),
        "resources": [{"title": "Anact", "url": "https://www.anact.fr/"}],
        "team": (
            "Le CSE, le référent qualité de vie au travail et deux responsables "
            "d'antenne"
        ),
        "contact": "qvt@ml-nord-essonne.example",
        "reproduced_from": None,
    },
    {
        "title": (
            "Recueillir le consentement des jeunes avant toute photo publiée en ligne"
        ),
        "summary": (
            "Un formulaire simple, un registre des autorisations et une règle commune "
            ": aucune photo ou vidéo de jeune n'est publiée sur les réseaux ou le site "
            "sans autorisation écrite, révocable à tout moment."
        ),
        "department": "974",
        "mission_locale": "Mission locale Est Réunion",
        "themes": ["donnees-personnelles", "reseaux-sociaux"],
        "audiences": ["mineurs", "equipes"],
        "tags": ["droit-a-l-image", "consentement", "rgpd", "facebook"],
        "tools": (
            "Formulaire papier et formulaire en ligne, registre des autorisations, "
            "dossier photo à accès restreint"
        ),
        "maturity": "evaluated",
        "status": "running",
        "start": "2022-11-07",
        "end": None,
        "context": (
            "Des photos d'ateliers et d'événements étaient publiées sur la page "
            "Facebook de la Mission locale sans trace écrite d'accord. Un parent a "
            "demandé le retrait d'une photo de son enfant mineur, ce qui a révélé "
            "l'absence de procédure. Personne ne savait non plus combien de temps "
            "garder les photos."
        ),
        "objectives": [
            "Ne publier aucune image sans autorisation écrite",
            "Obtenir l'accord des représentants légaux pour les mineurs",
            "Pouvoir retirer une image rapidement sur demande",
        ],
        "steps": [
            {
                "title": "Formulaire d'autorisation",
                "description": (
                    "Une page en langage simple : usages précis, durée, droit de "
                    "retrait, signature du représentant légal pour les mineurs."
                ),
                "duration": "3 semaines",
            },
            {
                "title": "Registre",
                "description": (
                    "Registre des autorisations tenu par la chargée de communication, "
                    "lié à un dossier photo à accès restreint."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Procédure de retrait",
                "description": (
                    "Retrait sous 48 heures sur simple demande, par mail ou à "
                    "l'accueil."
                ),
                "duration": "1 semaine",
            },
            {
                "title": "Nettoyage",
                "description": (
                    "Revue des anciennes publications et retrait des photos sans "
                    "autorisation."
                ),
                "duration": "1 mois",
            },
        ],
        "staff_time": "1 chargée de communication à 5 %",
        "cost": "Aucun coût supplémentaire",
        "partners": "DPO mutualisé",
        "results": (
            "Environ 180 anciennes photos ont été retirées ou floutées faute "
            "d'autorisation. Depuis, 210 autorisations ont été recueillies, dont 46 "
            "pour des mineurs, et les 5 demandes de retrait reçues ont toutes été "
            "traitées en moins de 48 heures."
        ),
        "indicators": [
            {"label": "Anciennes photos retirées ou floutées", "value": "180"},
            {"label": "Autorisations recueillies", "value": "210"},
            {"label": "Demandes de retrait traitées sous 48 h", "value": "5 sur 5"},
        ],
        "difficulties": (
            "Obtenir le jour même la signature des parents pour les mineurs est "
            "souvent impossible : les photos sont alors prises de dos ou sans visage. "
            "Les jeunes republient eux-mêmes des photos d'événements sur leurs "
            "comptes, ce que la structure ne maîtrise pas."
        ),
        "conditions": (
            "Une personne responsable du registre et une procédure de retrait connue "
            "de tous. Prévoir d'autres façons d'illustrer les événements (mains, dos, "
            "dessins)."
        ),
        "resources": [{"title": "CNIL", "url": "https://www.cnil.fr/"}],
        "team": "La chargée de communication et les animateurs d'ateliers",
        "contact": "communication@ml-est-reunion.example",
        "reproduced_from": None,
    },
    {
        "title": (
            "Repérage en ligne des jeunes « invisibles » en zone rurale avec les "
            "centres sociaux"
        ),
        "summary": (
            "Adaptation rurale de la présence en ligne menée avec la prévention "
            "spécialisée en Seine-Saint-Denis : une conseillère est présente sur "
            "Instagram et Facebook, en lien avec les animateurs jeunesse de trois "
            "centres sociaux."
        ),
        "department": "36",
        "mission_locale": "Mission locale de l'Indre",
        "themes": ["aller-vers", "reseaux-sociaux"],
        "audiences": ["zone-rurale", "mineurs"],
        "tags": ["promeneurs-du-net", "instagram", "centres-sociaux", "invisibles"],
        "tools": "Compte professionnel Instagram, page Facebook, téléphone de service",
        "maturity": "testing",
        "status": "running",
        "start": "2025-03-03",
        "end": None,
        "context": (
            "Dans le sud du département, il n'y a pas de prévention spécialisée, mais "
            "les centres sociaux et les animateurs jeunesse connaissent les jeunes qui "
            "ont décroché. Ces jeunes sont peu visibles dans l'espace public des "
            "villages, mais très présents en ligne. L'expérience de Saint-Denis, "
            "présentée lors d'un webinaire du réseau, a été adaptée avec ces "
            "partenaires."
        ),
        "objectives": [
            "Repérer des jeunes sortis de tout dispositif",
            "S'appuyer sur les centres sociaux comme lieux de rencontre",
            "Tester une présence en ligne portée par une seule salariée",
        ],
        "steps": [
            {
                "title": "Partenariat",
                "description": (
                    "Convention avec trois centres sociaux et entrée dans le réseau "
                    "Promeneurs du Net du département."
                ),
                "duration": "2 mois",
            },
            {
                "title": "Présence en ligne",
                "description": (
                    "Compte clairement identifié, présence annoncée trois soirs par "
                    "semaine jusqu'à 19 h."
                ),
                "duration": "en continu",
            },
            {
                "title": "Rencontres",
                "description": (
                    "Premier rendez-vous au centre social, avec l'animateur jeunesse "
                    "si le jeune le souhaite."
                ),
                "duration": "en continu",
            },
            {
                "title": "Bilan d'étape",
                "description": "Point à six mois avec les centres sociaux.",
                "duration": "1 mois",
            },
        ],
        "staff_time": "1 conseillère à 20 %",
        "cost": "600 € par an (téléphone et forfait)",
        "partners": (
            "Trois centres sociaux, CAF de l'Indre (réseau Promeneurs du Net), "
            "communautés de communes"
        ),
        "results": (
            "En six mois, la conseillère a échangé en ligne avec 58 jeunes ; 21 sont "
            "venus à un premier rendez-vous et 13 sont entrés en accompagnement. Les "
            "chiffres sont modestes, mais il s'agit de jeunes qu'aucun partenaire "
            "n'avait réussi à mobiliser."
        ),
        "indicators": [
            {"label": "Jeunes en contact en ligne", "value": "58"},
            {"label": "Premiers rendez-vous", "value": "21"},
            {"label": "Entrées en accompagnement", "value": "13"},
        ],
        "difficulties": (
            "Avec une seule personne, la présence en ligne s'arrête pendant les congés "
            "et toute l'action repose sur elle. En milieu rural, tout le monde se "
            "connaît : certains jeunes craignent que le contact se sache au village."
        ),
        "conditions": (
            "Des partenaires de proximité qui connaissent les jeunes et un cadre "
            "déontologique écrit. Prévoir au moins un binôme pour la continuité."
        ),
        "resources": [
            {"title": "Promeneurs du Net", "url": "https://www.promeneursdunet.fr/"},
        ],
        "team": "Une conseillère et les animateurs jeunesse des centres sociaux",
        "contact": "allervers@ml-indre.example",
        "reproduced_from": (
            "Repérer les jeunes « invisibles » sur les réseaux sociaux avec la "
            "prévention spécialisée"
        ),
    },
    {
        "title": (
            "Des maraudes avec l'accueil de jour pour garder le lien avec les jeunes "
            "sans domicile"
        ),
        "summary": (
            "Un soir par semaine, un conseiller accompagne l'équipe de maraude avec "
            "des batteries de recharge, une tablette 4G et des cartes de contact, pour "
            "garder le lien avec les jeunes à la rue et faire sur place les démarches "
            "urgentes."
        ),
        "department": "67",
        "mission_locale": "Mission locale pour l'emploi de Strasbourg",
        "themes": ["aller-vers", "equipement-connectivite", "demarches-en-ligne"],
        "audiences": ["sans-domicile-stable"],
        "tags": ["maraude", "sans-domicile", "tablette", "recharge"],
        "tools": (
            "Tablette 4G, batteries externes, cartes de contact avec les coordonnées "
            "de l'accueil de la Mission locale"
        ),
        "maturity": "testing",
        "status": "running",
        "start": "2024-11-04",
        "end": None,
        "context": (
            "Les jeunes sans domicile accompagnés disparaissaient souvent du suivi : "
            "téléphone déchargé, volé ou sans forfait. L'accueil de jour et l'équipe "
            "de maraude les croisent régulièrement, mais n'ont pas de compétence sur "
            "l'emploi et la formation. Un conseiller a proposé de se joindre à la "
            "maraude du soir une fois par semaine."
        ),
        "objectives": [
            "Garder le contact avec les jeunes à la rue",
            (
                "Faire sur place les démarches urgentes (domiciliation, CAF, France "
                "Travail)"
            ),
            "Faire connaître la Mission locale aux jeunes rencontrés en maraude",
        ],
        "steps": [
            {
                "title": "Convention avec l'association de maraude",
                "description": (
                    "Cadre d'intervention, règles de sécurité et rôle de chacun."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Équipement",
                "description": (
                    "Tablette 4G dont la session est effacée chaque soir, batteries "
                    "externes prêtées pendant la maraude."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Maraudes hebdomadaires",
                "description": (
                    "Le conseiller accompagne l'équipe un soir par semaine et propose "
                    "un rendez-vous à l'accueil de jour."
                ),
                "duration": "en continu",
            },
            {
                "title": "Suivi",
                "description": (
                    "Comptage anonyme des contacts et des démarches réalisées."
                ),
                "duration": "en continu",
            },
        ],
        "staff_time": "1 conseiller, une soirée par semaine (heures récupérées)",
        "cost": "900 € (tablette, batteries, forfait)",
        "partners": (
            "Association gestionnaire de l'accueil de jour et des maraudes, SIAO, CCAS"
        ),
        "results": (
            "Sur les huit premiers mois, le conseiller a rencontré 47 jeunes "
            "différents, dont 19 inconnus de la Mission locale. 23 démarches ont été "
            "faites sur place, le plus souvent une demande de domiciliation ou la "
            "réactivation d'un espace France Travail. 11 jeunes ont ensuite été revus "
            "à l'accueil de jour pour un accompagnement."
        ),
        "indicators": [
            {"label": "Jeunes rencontrés", "value": "47"},
            {"label": "Démarches réalisées sur place", "value": "23"},
            {"label": "Jeunes revus en accompagnement", "value": "11"},
        ],
        "difficulties": (
            "Le travail du soir est difficile à tenir dans la durée pour un seul "
            "conseiller. Faire une démarche en ligne dans la rue, par grand froid, est "
            "parfois impossible : un rendez-vous le lendemain à l'accueil de jour est "
            "souvent plus utile."
        ),
        "conditions": (
            "Un partenariat étroit avec une équipe de maraude expérimentée et des "
            "règles de sécurité claires. Ne jamais partir seul et récupérer les heures "
            "du soir."
        ),
        "resources": [
            {"title": "Service-public.fr", "url": "https://www.service-public.fr/"},
        ],
        "team": (
            "Un conseiller de l'équipe d'accueil et l'équipe de maraude de "
            "l'association partenaire"
        ),
        "contact": "accueil@ml-strasbourg.example",
        "reproduced_from": None,
    },
    {
        "title": "Un serveur Discord pour les jeunes en contrat d'engagement jeune",
        "summary": (
            "Un serveur Discord a été ouvert pour une promotion de CEJ : salons "
            "d'entraide, offres, questions aux conseillers. Il a été fermé au bout de "
            "cinq mois, faute de participation et en raison de la charge de "
            "modération."
        ),
        "department": "31",
        "mission_locale": "Mission locale de Toulouse",
        "themes": ["accompagnement-a-distance", "reseaux-sociaux"],
        "audiences": ["cej"],
        "tags": ["discord", "cej", "entraide", "moderation"],
        "tools": "Discord (serveur privé sur invitation), robot de modération",
        "maturity": "testing",
        "status": "abandoned",
        "start": "2022-09-12",
        "end": "2023-02-10",
        "context": (
            "Beaucoup de jeunes en CEJ passent du temps sur Discord, notamment pour "
            "les jeux vidéo. Deux conseillers ont voulu créer un espace d'entraide "
            "entre jeunes d'une même promotion, en dehors des rendez-vous, pour "
            "partager des offres et des conseils."
        ),
        "objectives": [
            "Créer de l'entraide entre jeunes d'une même promotion",
            "Diffuser les offres et les informations plus rapidement",
            "Répondre aux questions simples sans rendez-vous",
        ],
        "steps": [
            {
                "title": "Création du serveur",
                "description": (
                    "Salons thématiques (offres, formations, entraide, questions) et "
                    "règles affichées à l'entrée."
                ),
                "duration": "2 semaines",
            },
            {
                "title": "Invitation des jeunes",
                "description": "Invitation proposée en rendez-vous, sans obligation.",
                "duration": "1 mois",
            },
            {
                "title": "Animation",
                "description": (
                    "Publications des conseillers trois fois par semaine et questions "
                    "ouvertes pour lancer les échanges."
                ),
                "duration": "4 mois",
            },
            {
                "title": "Bilan et fermeture",
                "description": (
                    "Questionnaire aux jeunes inscrits, décision de fermer le serveur "
                    "et suppression des contenus."
                ),
                "duration": "2 semaines",
            },
        ],
        "staff_time": "2 conseillers à 10 % pendant 5 mois",
        "cost": "Aucun coût supplémentaire",
        "partners": "Aucun",
        "results": (
            "Sur 64 jeunes invités, 38 ont rejoint le serveur, mais seuls 6 à 8 y "
            "écrivaient régulièrement. Les salons d'entraide sont restés presque vides "
            ": les jeunes s'en servaient surtout pour écrire en privé à leur "
            "conseiller, ce qui faisait doublon avec les autres canaux."
        ),
        "indicators": [
            {"label": "Jeunes invités", "value": "64"},
            {"label": "Jeunes inscrits", "value": "38"},
            {"label": "Jeunes actifs", "value": "6 à 8"},
        ],
        "difficulties": (
            "Les jeunes voient Discord comme un espace de loisirs et n'avaient pas "
            "envie d'y croiser leur conseiller. La modération a demandé une attention "
            "constante (messages hors sujet, propos déplacés entre jeunes), y compris "
            "le soir. Les conditions d'utilisation de Discord (âge minimum, "
            "hébergement des données) ont aussi posé question au DPO."
        ),
        "conditions": (
            "Nous déconseillons de reproduire l'action telle quelle. Pour favoriser "
            "l'entraide entre pairs, mieux vaut partir de temps collectifs en "
            "présentiel et laisser les jeunes créer leur propre groupe s'ils le "
            "souhaitent."
        ),
        "resources": [{"title": "CNIL", "url": "https://www.cnil.fr/"}],
        "team": "Deux conseillers de l'équipe CEJ",
        "contact": "cej@ml-toulouse.example",
        "reproduced_from": None,
    },
    {
        "title": (
            "Un podcast mensuel réalisé par des jeunes sur les métiers du territoire"
        ),
        "summary": (
            "Chaque mois, un petit groupe de jeunes prépare, enregistre et monte un "
            "épisode de 15 minutes où ils interrogent un professionnel du département, "
            "diffusé en ligne et sur une radio associative locale."
        ),
        "department": "12",
        "mission_locale": "Mission locale départementale de l'Aveyron",
        "themes": ["reseaux-sociaux", "emploi-entreprises"],
        "audiences": ["zone-rurale", "cej"],
        "tags": ["podcast", "radio", "metiers", "audacity"],
        "tools": (
            "Enregistreur numérique, micros, Audacity, hébergeur de podcast gratuit"
        ),
        "maturity": "evaluated",
        "status": "finished",
        "start": "2023-10-02",
        "end": "2025-06-27",
        "context": (
            "Les jeunes du département connaissent mal les métiers qui recrutent près "
            "de chez eux : agriculture, agroalimentaire, aide à domicile. Une radio "
            "associative locale cherchait des contenus faits par des jeunes. Les "
            "ateliers collectifs classiques sur les métiers mobilisaient peu."
        ),
        "objectives": [
            "Faire découvrir des métiers locaux par la voix de jeunes",
            (
                "Travailler l'expression orale et la prise de contact avec des "
                "professionnels"
            ),
            "Donner de la visibilité à la Mission locale",
        ],
        "steps": [
            {
                "title": "Partenariat avec la radio",
                "description": (
                    "Formation de deux conseillers aux bases de la prise de son par la "
                    "radio associative."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Préparation des épisodes",
                "description": (
                    "Choix du métier, prise de contact avec le professionnel et "
                    "préparation des questions par les jeunes."
                ),
                "duration": "2 semaines par épisode",
            },
            {
                "title": "Enregistrement et montage",
                "description": (
                    "Enregistrement sur le lieu de travail, montage collectif à la "
                    "Mission locale."
                ),
                "duration": "1 semaine par épisode",
            },
            {
                "title": "Diffusion",
                "description": (
                    "Mise en ligne sur les plateformes d'écoute, diffusion à la radio "
                    "et relais sur les réseaux de la Mission locale."
                ),
                "duration": "en continu",
            },
        ],
        "staff_time": "2 conseillers à 10 %",
        "cost": "1 100 € (enregistreur, micros, casques)",
        "partners": (
            "Radio associative locale, employeurs interviewés, chambre d'agriculture"
        ),
        "results": (
            "18 épisodes ont été réalisés par 41 jeunes. Ils totalisent environ 5 200 "
            "écoutes en ligne, sans compter les diffusions à la radio. Six jeunes "
            "participants ont ensuite fait un stage chez le professionnel interviewé "
            "ou dans le même secteur."
        ),
        "indicators": [
            {"label": "Épisodes", "value": "18"},
            {"label": "Jeunes participants", "value": "41"},
            {"label": "Écoutes en ligne", "value": "5 200"},
        ],
        "difficulties": (
            "Au début, les jeunes les plus éloignés n'osaient pas parler au micro ; "
            "certains ont préféré les rôles techniques. Le montage prend plus de temps "
            "que prévu. Le projet s'est arrêté au départ de l'un des deux conseillers."
        ),
        "conditions": (
            "Un partenaire qui apporte la compétence technique et des rôles variés "
            "pour les jeunes (questions, son, montage). Garder des épisodes courts."
        ),
        "resources": [
            {"title": "1jeune1solution", "url": "https://www.1jeune1solution.gouv.fr/"},
        ],
        "team": "Deux conseillers et les jeunes volontaires de chaque épisode",
        "contact": "projets@ml-aveyron.example",
        "reproduced_from": None,
    },
    {
        "title": "Un atelier « arnaques et sécurité en ligne » pour les jeunes mineurs",
        "summary": (
            "Un atelier de deux heures sur les fausses offres d'emploi, le vol de "
            "compte et le partage de données, construit à partir de situations réelles "
            "rencontrées par les conseillers et animé en petits groupes."
        ),
        "department": "971",
        "mission_locale": "Mission locale de Guadeloupe",
        "themes": ["inclusion-numerique", "donnees-personnelles"],
        "audiences": ["mineurs", "peu-a-l-aise-numerique"],
        "tags": ["arnaques", "cybersecurite", "mineurs", "faux-emplois"],
        "tools": (
            "Cas pratiques imprimés, quiz sur smartphone, ressources de "
            "Cybermalveillance.gouv.fr"
        ),
        "maturity": "evaluated",
        "status": "running",
        "start": "2024-01-15",
        "end": None,
        "context": (
            "Plusieurs jeunes accompagnés ont répondu à de fausses offres d'emploi qui "
            "demandaient une copie de pièce d'identité ou un virement, ou se sont fait "
            "voler leur compte de réseau social. Les mineurs concernés par "
            "l'obligation de formation étaient particulièrement exposés. Les "
            "conseillers se sentaient démunis pour aborder ces sujets."
        ),
        "objectives": [
            "Apprendre à reconnaître une fausse offre d'emploi",
            "Protéger ses comptes (mots de passe, double authentification)",
            "Savoir où signaler et à qui demander de l'aide",
        ],
        "steps": [
            {
                "title": "Recueil de situations",
                "description": (
                    "Les conseillers ont rassemblé, de façon anonyme, une quinzaine de "
                    "situations rencontrées."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Conception de l'atelier",
                "description": (
                    "Trois séquences : fausses offres, comptes et mots de passe, que "
                    "faire si on est victime."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Animation",
                "description": (
                    "Groupes de six à huit, une fois par mois et à la demande dans les "
                    "dispositifs pour mineurs."
                ),
                "duration": "en continu",
            },
            {
                "title": "Transmission aux collègues",
                "description": (
                    "Présentation de l'atelier à l'ensemble des conseillers pour "
                    "qu'ils puissent l'animer."
                ),
                "duration": "1 demi-journée",
            },
        ],
        "staff_time": "2 conseillers à 5 %",
        "cost": "Aucun coût supplémentaire",
        "partners": (
            "Gendarmerie (maison de protection des familles), établissements "
            "scolaires, acteurs de l'obligation de formation"
        ),
        "results": (
            "Depuis le lancement, 156 jeunes ont participé, dont 98 mineurs. Au quiz "
            "de fin de séance, 87 % repèrent correctement une fausse offre, contre 52 "
            "% au quiz de début. Plusieurs jeunes sont revenus voir leur conseiller "
            "pour vérifier une offre avant d'y répondre."
        ),
        "indicators": [
            {"label": "Jeunes participants", "value": "156"},
            {"label": "Dont mineurs", "value": "98"},
            {
                "label": "Fausses offres repérées (début puis fin)",
                "value": "52 % puis 87 %",
            },
        ],
        "difficulties": (
            "L'effet dans la durée est difficile à mesurer au-delà du quiz. Certains "
            "jeunes ont raconté en groupe des situations personnelles délicates : il a "
            "fallu prévoir un temps individuel après l'atelier."
        ),
        "conditions": (
            "Partir de situations réelles et locales, anonymisées. Prévoir un relais "
            "individuel pour les jeunes qui se révèlent victimes."
        ),
        "resources": [
            {
                "title": "Cybermalveillance.gouv.fr",
                "url": "https://www.cybermalveillance.gouv.fr/",
            },
            {"title": "e-Enfance", "url": "https://e-enfance.org/"},
        ],
        "team": "Deux conseillers de l'antenne de Basse-Terre",
        "contact": "numerique@ml-guadeloupe.example",
        "reproduced_from": None,
    },
    {
        "title": "Un job dating en visio pour les saisonniers des stations de montagne",
        "summary": (
            "Reprise du job dating en visio d'Ajaccio pour recruter les saisonniers "
            "d'hiver : entretiens à distance entre jeunes de la vallée et employeurs "
            "des stations, suivis d'une demi-journée d'essai sur place."
        ),
        "department": "73",
        "mission_locale": "Mission locale de la Tarentaise",
        "themes": ["emploi-entreprises", "accompagnement-a-distance"],
        "audiences": ["cej", "zone-rurale"],
        "tags": ["job-dating", "visio", "saisonniers", "montagne"],
        "tools": "Microsoft Teams, formulaire d'inscription en ligne, planning partagé",
        "maturity": "testing",
        "status": "finished",
        "start": "2024-09-16",
        "end": "2024-11-29",
        "context": (
            "Les employeurs des stations recrutent en octobre et novembre, alors "
            "qu'ils sont eux-mêmes peu disponibles et loin de la vallée. Les jeunes de "
            "la vallée n'ont souvent pas de véhicule pour monter passer un entretien. "
            "Le format testé à Ajaccio, décrit sur le Labo, répondait au même problème "
            "de saisonnalité et de distance."
        ),
        "objectives": [
            "Faciliter le recrutement de saisonniers pour l'hiver",
            "Éviter des déplacements coûteux avant toute embauche",
            "Prévoir un essai sur place pour limiter les ruptures en cours de saison",
        ],
        "steps": [
            {
                "title": "Échange avec l'équipe d'Ajaccio",
                "description": (
                    "Une visio avec les conseillers d'Ajaccio pour récupérer leur "
                    "planning type et leurs conseils."
                ),
                "duration": "1 semaine",
            },
            {
                "title": "Mobilisation des employeurs",
                "description": (
                    "Employeurs des stations contactés avec les offices de tourisme et "
                    "un groupement d'employeurs."
                ),
                "duration": "1 mois",
            },
            {
                "title": "Job dating en visio",
                "description": "Deux demi-journées d'entretiens de 10 minutes.",
                "duration": "2 demi-journées",
            },
            {
                "title": "Essai sur place",
                "description": (
                    "Pour les jeunes retenus, une demi-journée d'essai avec transport "
                    "organisé."
                ),
                "duration": "1 mois",
            },
        ],
        "staff_time": "2 conseillers pendant 10 semaines, environ 50 heures au total",
        "cost": "650 € (navettes pour les demi-journées d'essai)",
        "partners": (
            "Offices de tourisme, groupement d'employeurs saisonniers, France Travail, "
            "Mission locale d'Ajaccio"
        ),
        "results": (
            "11 employeurs et 36 jeunes ont participé. 22 demi-journées d'essai ont "
            "été organisées et 17 jeunes ont signé un contrat pour la saison d'hiver ; "
            "13 étaient encore en poste en fin de saison."
        ),
        "indicators": [
            {"label": "Employeurs participants", "value": "11"},
            {"label": "Contrats saisonniers signés", "value": "17"},
            {"label": "Jeunes en poste en fin de saison", "value": "13"},
        ],
        "difficulties": (
            "Le logement des saisonniers reste le principal frein : plusieurs jeunes "
            "retenus ont renoncé faute de solution. Les employeurs voulaient voir les "
            "jeunes en vrai, d'où l'ajout de l'essai sur place."
        ),
        "conditions": (
            "Associer l'entretien en visio à un essai sur place et traiter la question "
            "du logement en amont avec les employeurs."
        ),
        "resources": [
            {"title": "France Travail", "url": "https://www.francetravail.fr/"},
        ],
        "team": "Deux conseillers de l'antenne de Moûtiers",
        "contact": "saisonniers@ml-tarentaise.example",
        "reproduced_from": (
            "Un job dating en visio avec les employeurs de l'hôtellerie-restauration"
        ),
    },
]

STRATEGY_NOTES = [
    {
        "title": "La visio dans l'accompagnement : un complément qui se prépare",
        "summary": (
            "Synthèse de plusieurs expérimentations de rendez-vous et d'ateliers en "
            "visio : ce qui fonctionne, pour qui, et à quelles conditions la distance "
            "ne crée pas de nouvelles exclusions."
        ),
        "themes": ["accompagnement-a-distance", "formation-equipes"],
        "region": None,
        "body": [
            (
                "Plusieurs Missions locales ont documenté sur le Labo des usages de la "
                "visio qui vont au-delà de la continuité d'activité pendant la crise "
                "sanitaire : créneaux du samedi pour les jeunes en emploi à Bordeaux, "
                "postes installés en mairie dans le Cantal, interprétation en langue "
                "des signes à distance à Paris, formation des conseillers à "
                "l'animation en visio à Ajaccio. Leur point commun : la visio y répond "
                "à un obstacle précis (horaires, distance, accessibilité), et non à "
                "une volonté générale de dématérialiser."
            ),
            (
                "Premier enseignement : la visio fonctionne d'autant mieux que le lien "
                "a d'abord été créé en présentiel. Dans le Cantal, le premier "
                "rendez-vous reste physique ; à Bordeaux, les créneaux du samedi "
                "s'adressaient à des jeunes déjà connus. Les rendez-vous non honorés y "
                "sont moins nombreux qu'en permanence physique, mais aucune de ces "
                "expériences ne porte sur un premier accueil entièrement à distance, "
                "que nous déconseillons à ce stade."
            ),
            (
                "Deuxième enseignement : l'équipement et le lieu sont décisifs. Un "
                "jeune qui se connecte depuis sa voiture, son lieu de travail ou une "
                "pièce partagée ne peut pas parler librement. Les lieux relais "
                "(mairies, France services, antennes) règlent une partie du problème à "
                "condition de disposer d'un bureau fermé. Pour les jeunes sourds, la "
                "qualité de l'image conditionne tout simplement la possibilité de "
                "l'échange."
            ),
            (
                "Troisième enseignement : la visio a un coût pour les équipes. Le "
                "créneau du samedi bordelais a reposé sur deux volontaires et s'est "
                "réduit dès que l'une était absente. L'animation collective à distance "
                "s'apprend, et la formation suivie à Ajaccio montre qu'un "
                "investissement modeste améliore nettement la participation. Ces temps "
                "doivent être inscrits dans l'organisation du travail, pas ajoutés à "
                "la marge."
            ),
            (
                "Nous recommandons donc : de réserver la visio au suivi et de garder "
                "un premier contact physique ; de s'appuyer sur des lieux relais "
                "équipés plutôt que sur le matériel personnel des jeunes ; d'encadrer "
                "par écrit tout créneau en horaires décalés (volontariat, "
                "récupération, rotation d'au moins trois personnes) ; de chercher un "
                "financement durable pour l'interprétation et l'accessibilité."
            ),
            (
                "Points de vigilance : ne pas enregistrer les entretiens, vérifier "
                "avec le délégué à la protection des données les conditions "
                "d'utilisation de l'outil retenu, et suivre un indicateur simple de "
                "présence pour comparer avec les rendez-vous en présentiel."
            ),
        ],
        "experiences": [
            "Des rendez-vous en visio le samedi matin pour les jeunes en emploi",
            (
                "Des rendez-vous en visio depuis les mairies pour les jeunes des "
                "communes isolées"
            ),
            "Des entretiens en visio avec interprétation en langue des signes",
            "Former les conseillers à l'animation d'ateliers collectifs en visio",
        ],
    },
    {
        "title": "Réseaux sociaux : viser la régularité plutôt que l'audience",
        "summary": (
            "Ce que les comptes Instagram, les vidéos TikTok et le serveur Discord "
            "testés dans le réseau nous apprennent sur le temps à y consacrer, les "
            "formats utiles à l'accompagnement et le cadre à poser."
        ),
        "themes": ["reseaux-sociaux", "donnees-personnelles"],
        "region": None,
        "body": [
            (
                "Les fiches publiées sur le Labo montrent des résultats très "
                "contrastés sur les réseaux sociaux. Le compte Instagram co-animé de "
                "Rennes a trouvé sa place en trois ans, et sa version allégée en "
                "Haute-Corse fonctionne avec une heure par semaine. À l'inverse, les "
                "vidéos TikTok de Sud Réunion et le serveur Discord de Toulouse ont "
                "été arrêtés, malgré l'engagement des conseillers."
            ),
            (
                "Ce qui distingue ces expériences n'est pas le réseau choisi, mais la "
                "clarté de l'objectif. Les comptes qui durent servent un usage précis "
                "et mesurable : faire connaître la Mission locale, relayer des offres, "
                "ouvrir un canal de premier contact. Les vidéos TikTok visaient un "
                "recrutement direct que le format ne permet pas : 41 000 vues n'ont "
                "amené que quatre jeunes en information collective."
            ),
            (
                "La régularité compte davantage que l'audience. Une story hebdomadaire "
                "préparée sur un modèle, attendue par les jeunes, produit plus de "
                "candidatures qu'une vidéo vue des milliers de fois. Elle est aussi "
                "plus soutenable : les actions abandonnées reposaient sur une ou deux "
                "personnes et se sont arrêtées avec le départ ou le changement de "
                "poste de l'une d'elles."
            ),
            (
                "L'expérience Discord rappelle que certains espaces numériques "
                "appartiennent aux jeunes. Y installer les conseillers peut être vécu "
                "comme une intrusion, et modérer des échanges entre jeunes engage la "
                "responsabilité de la structure, y compris le soir. Les démarches d'« "
                "aller vers » en ligne, comme Promeneurs du Net, fonctionnent "
                "justement parce qu'elles posent un cadre déontologique explicite."
            ),
            (
                "Nos recommandations : fixer un objectif unique et un indicateur "
                "simple avant d'ouvrir un compte ; constituer une équipe d'au moins "
                "deux personnes ; décider qui répond aux messages privés et dans quel "
                "délai ; recueillir une autorisation écrite pour toute image de jeune, "
                "avec l'accord des représentants légaux pour les mineurs."
            ),
        ],
        "experiences": [
            "Un compte Instagram animé par les conseillers et des jeunes volontaires",
            "Une story Instagram hebdomadaire avec les offres d'emploi locales",
            "Des vidéos courtes sur TikTok pour présenter les métiers qui recrutent",
            "Un serveur Discord pour les jeunes en contrat d'engagement jeune",
        ],
    },
    {
        "title": (
            "Distance et saisonnalité : les pratiques numériques en "
            "Auvergne-Rhône-Alpes"
        ),
        "summary": (
            "Quatre expériences de la région montrent comment la visio et les outils "
            "numériques aident à surmonter la distance en montagne et la saisonnalité "
            "de l'emploi, à condition de garder un ancrage physique."
        ),
        "themes": ["accompagnement-a-distance", "emploi-entreprises"],
        "region": "84",
        "body": [
            (
                "En Auvergne-Rhône-Alpes, plusieurs Missions locales ont partagé des "
                "pratiques numériques liées à deux contraintes fortes du territoire : "
                "la distance dans les zones de montagne et de moyenne montagne, et la "
                "saisonnalité de l'emploi touristique. Cette note s'appuie sur quatre "
                "fiches : les rendez-vous en visio depuis les mairies du Cantal, le "
                "job dating saisonnier en Tarentaise, le parcours Pix des équipes "
                "lyonnaises et la saisie partagée dans i-milo à Grenoble."
            ),
            (
                "Dans le Cantal comme en Tarentaise, la visio n'a fonctionné "
                "qu'associée à un ancrage physique : un premier rendez-vous en "
                "présentiel d'un côté, une demi-journée d'essai sur place de l'autre. "
                "Ce couplage est la principale recommandation de cette note. Il "
                "suppose des partenaires locaux (mairies, France services, offices de "
                "tourisme) et un petit budget de transport."
            ),
            (
                "Les deux expériences confirment aussi que la connexion des jeunes "
                "reste le maillon faible en zone rurale. Les lieux relais équipés sont "
                "plus fiables que le matériel personnel, et les antennes doivent "
                "rester une solution de repli le jour d'un événement à distance."
            ),
            (
                "Côté équipes, l'expérience lyonnaise montre qu'un état des lieux des "
                "compétences numériques, à condition qu'il reste confidentiel, permet "
                "de cibler les formations. La saisie partagée à Grenoble, encore en "
                "test, ouvre une piste intéressante pour réduire le temps "
                "administratif tout en rendant les dossiers plus transparents pour les "
                "jeunes."
            ),
            (
                "Points de vigilance pour la région : le logement des saisonniers, qui "
                "dépasse largement le numérique mais conditionne la réussite des "
                "recrutements ; la dépendance de plusieurs actions à des financements "
                "annuels ; la nécessité de laisser la saisie en direct au volontariat "
                "des conseillers."
            ),
        ],
        "experiences": [
            (
                "Des rendez-vous en visio depuis les mairies pour les jeunes des "
                "communes isolées"
            ),
            "Un job dating en visio pour les saisonniers des stations de montagne",
            (
                "Un parcours Pix pour toute l'équipe avant d'animer des ateliers "
                "numériques"
            ),
            (
                "Saisir l'entretien dans i-milo pendant le rendez-vous, écran tourné "
                "vers le jeune"
            ),
        ],
    },
    {
        "title": (
            "Inclusion numérique des jeunes en Hauts-de-France : repérer, sécuriser, "
            "équiper"
        ),
        "summary": (
            "Trois expériences de la région dessinent un parcours cohérent pour les "
            "jeunes éloignés du numérique, de l'atelier en petit groupe au prêt "
            "d'ordinateur, et montrent la fragilité de leurs financements."
        ),
        "themes": ["inclusion-numerique", "equipement-connectivite"],
        "region": "32",
        "body": [
            (
                "Trois fiches des Hauts-de-France permettent de dessiner un parcours "
                "cohérent pour les jeunes éloignés du numérique : repérer les "
                "difficultés sans les exposer (ateliers « premiers pas » à Lille), "
                "sécuriser l'accès aux services en ligne (carnet d'identifiants dans "
                "le Grand Amiénois) et équiper ceux qui n'ont pas d'ordinateur (prêt "
                "de portables à Lens-Liévin)."
            ),
            (
                "Le repérage est la première difficulté. Les jeunes à l'aise sur "
                "smartphone taisent souvent leurs difficultés sur ordinateur. Trois "
                "questions simples à l'accueil, posées sans jugement, suffisent à "
                "orienter vers un atelier. C'est une pratique peu coûteuse que toutes "
                "les Missions locales de la région pourraient adopter."
            ),
            (
                "La gestion des identifiants est un sujet sous-estimé. Le temps perdu "
                "à récupérer des mots de passe est considérable, et certaines "
                "pratiques, comme noter les identifiants des jeunes, posent un vrai "
                "problème de sécurité et de conformité. Une règle interne écrite et un "
                "support remis au jeune règlent une grande partie du problème."
            ),
            (
                "Le prêt de matériel est efficace mais exigeant : restitutions, casse, "
                "renouvellement du parc. Il ne doit pas être lancé sans référent "
                "identifié ni plan de renouvellement. L'orientation vers l'achat "
                "solidaire reste une sortie utile à la fin d'un financement."
            ),
            (
                "Les trois actions ont en commun la fragilité de leur financement : "
                "poste de conseillère numérique non reconduit, appel à projets "
                "ponctuel. Nous recommandons de les inscrire dans les conventions "
                "pluriannuelles et de former au moins deux salariés par structure à la "
                "médiation numérique, pour qu'elles ne disparaissent pas avec un "
                "poste."
            ),
        ],
        "experiences": [
            "Ateliers « premiers pas numériques » en petits groupes de quatre",
            (
                "Créer ses accès en ligne dès le premier rendez-vous et garder ses "
                "identifiants"
            ),
            (
                "Prêt d'ordinateurs portables reconditionnés pendant le contrat "
                "d'engagement jeune"
            ),
        ],
    },
    {
        "title": "Droit à la déconnexion : des règles écrites et des outils paramétrés",
        "summary": (
            "Charte co-écrite, notifications coupées, temps protégé pour la saisie : "
            "ce que les Missions locales ont mis en place pour limiter la charge "
            "numérique des équipes, et ce qui fait la différence."
        ),
        "themes": ["qualite-vie-travail", "systeme-information"],
        "region": None,
        "body": [
            (
                "La multiplication des canaux numériques avec les jeunes (messageries, "
                "réseaux sociaux, visio) et les exigences de saisie ont alourdi la "
                "charge des équipes. Plusieurs Missions locales ont documenté leurs "
                "réponses : charte de déconnexion co-écrite au Pays de Morlaix, "
                "notifications coupées sur les téléphones de service à Lorient, "
                "demi-journée mensuelle de saisie à Limoges, mercredis matin protégés "
                "en projet dans le Nord Essonne."
            ),
            (
                "Premier constat : une charte ne suffit pas si les outils ne suivent "
                "pas. Morlaix a fourni des téléphones de service avant d'interdire les "
                "téléphones personnels ; Lorient a commencé par un paramétrage "
                "technique avant d'écrire une charte. Les deux approches sont "
                "complémentaires et peuvent se combiner."
            ),
            (
                "Deuxième constat : la saisie dans i-milo est une source majeure de "
                "travail hors horaires. Protéger un temps dédié, même court, a un "
                "effet mesurable sur les retards et sur le sentiment de débordement. "
                "Ce temps doit être assumé par la direction et expliqué aux "
                "partenaires."
            ),
            (
                "Troisième constat : l'exemplarité de l'encadrement est décisive. Les "
                "règles sur les messages du soir ont été mieux respectées quand la "
                "direction les appliquait elle-même. Associer le CSE dès le départ "
                "facilite l'adhésion et la durée des mesures."
            ),
            (
                "Recommandations : équiper de téléphones de service tous les salariés "
                "en contact avec les jeunes ; programmer des plages sans notifications "
                "; informer les jeunes des horaires de réponse par un message "
                "automatique qui renvoie vers les numéros d'urgence ; suivre un "
                "indicateur simple dans le baromètre social. Ces mesures ne coûtent "
                "presque rien et leurs effets sont rapides."
            ),
        ],
        "experiences": [
            "Une charte du droit à la déconnexion co-écrite par l'équipe",
            "Couper les notifications des téléphones de service après 18 h 30",
            "Une demi-journée banalisée par mois pour la saisie dans i-milo",
            "Des mercredis matin sans réunion ni messagerie interne",
        ],
    },
]

COLLECTIONS = [
    {
        "title": "Premiers pas",
        "intro": (
            "Vous découvrez le Labo ? Cette sélection réunit des fiches faciles à lire "
            "et à reproduire, ainsi qu'une note de synthèse pour comprendre les "
            "enjeux. C'est une bonne porte d'entrée avant de partager votre propre "
            "expérience."
        ),
        "featured": True,
        "items": [
            {
                "title": (
                    "La visio dans l'accompagnement : un complément qui se prépare"
                ),
                "comment": (
                    "Une synthèse courte pour situer la place de la visio dans "
                    "l'accompagnement."
                ),
            },
            {
                "title": (
                    "Ateliers « premiers pas numériques » en petits groupes de quatre"
                ),
                "comment": (
                    "Un format simple et bien documenté pour démarrer des ateliers "
                    "numériques."
                ),
            },
            {
                "title": (
                    "Des rendez-vous en visio le samedi matin pour les jeunes en emploi"
                ),
                "comment": (
                    "Un bon exemple de cadrage RH avant d'ouvrir des créneaux en "
                    "horaires décalés."
                ),
            },
            {
                "title": (
                    "Un mémo RGPD pour les échanges avec les jeunes sur les messageries"
                ),
                "comment": (
                    "Le mémo à lire avant d'échanger avec les jeunes sur une "
                    "messagerie."
                ),
            },
            {
                "title": "Une charte du droit à la déconnexion co-écrite par l'équipe",
                "comment": (
                    "Une démarche participative facile à reprendre pour poser des "
                    "règles de déconnexion."
                ),
            },
        ],
    },
    {
        "title": "Aller vers les jeunes là où ils sont",
        "intro": (
            "Réseaux sociaux, camion itinérant, maraudes, médiathèque : une sélection "
            "d'expériences pour rencontrer les jeunes qui ne viennent pas à la Mission "
            "locale. Chaque fiche précise le cadre et les partenariats nécessaires."
        ),
        "featured": True,
        "items": [
            {
                "title": (
                    "Repérer les jeunes « invisibles » sur les réseaux sociaux avec la "
                    "prévention spécialisée"
                ),
                "comment": (
                    "La référence pour une présence éducative en ligne avec la "
                    "prévention spécialisée."
                ),
            },
            {
                "title": (
                    "Repérage en ligne des jeunes « invisibles » en zone rurale avec "
                    "les centres sociaux"
                ),
                "comment": (
                    "Une adaptation rurale utile pour les territoires sans prévention "
                    "spécialisée."
                ),
            },
            {
                "title": (
                    "Un camion équipé de tablettes et d'une connexion 4G dans les "
                    "villages"
                ),
                "comment": (
                    "Un projet coûteux mais très complet pour les villages sans "
                    "service public."
                ),
            },
            {
                "title": (
                    "Des maraudes avec l'accueil de jour pour garder le lien avec les "
                    "jeunes sans domicile"
                ),
                "comment": (
                    "Une action exigeante, à construire avec une équipe de maraude "
                    "expérimentée."
                ),
            },
            {
                "title": (
                    "Ateliers « premiers pas numériques » à la médiathèque du quartier"
                ),
                "comment": (
                    "Un exemple de partenariat avec un lieu déjà fréquenté par les "
                    "jeunes."
                ),
            },
        ],
    },
    {
        "title": "Projets arrêtés : ce qu'ils nous apprennent",
        "intro": (
            "Toutes les expériences ne réussissent pas, et il est précieux de savoir "
            "pourquoi. Ces fiches racontent honnêtement les raisons d'un arrêt, pour "
            "éviter de refaire les mêmes erreurs."
        ),
        "featured": False,
        "items": [
            {
                "title": (
                    "Des vidéos courtes sur TikTok pour présenter les métiers qui "
                    "recrutent"
                ),
                "comment": (
                    "Beaucoup de vues, peu d'effet : un rappel de l'importance de "
                    "fixer le bon objectif."
                ),
            },
            {
                "title": "Des CV vidéo envoyés aux employeurs à la place du CV papier",
                "comment": (
                    "Une réflexion utile sur les risques de discrimination liés aux CV "
                    "vidéo."
                ),
            },
            {
                "title": (
                    "Un serveur Discord pour les jeunes en contrat d'engagement jeune"
                ),
                "comment": (
                    "Pourquoi les espaces numériques des jeunes ne sont pas forcément "
                    "ceux des conseillers."
                ),
            },
            {
                "title": "Réseaux sociaux : viser la régularité plutôt que l'audience",
                "comment": (
                    "La note qui met ces arrêts en perspective avec les comptes qui "
                    "fonctionnent."
                ),
            },
        ],
    },
]

# Vocabulary of the generated write-ups (`seed_demo --experiences N`). Names of
# people appear only in the two lists below, which generated members' names
# combine at random.

MEMBER_FIRST_NAMES = [
    "Adèle", "Agathe", "Alexandre", "Alice", "Amandine", "Ambre", "Anaïs", "André",
    "Antoine", "Arthur", "Aurélie", "Bastien", "Benjamin", "Bernadette", "Brigitte",
    "Camille", "Capucine", "Carole", "Cédric", "Céline", "Charlotte", "Chloé",
    "Christophe", "Claire", "Clément", "Coralie", "Damien", "David", "Delphine",
    "Denis", "Dominique", "Élodie", "Émilie", "Emma", "Éric", "Fabien", "Fanny",
    "Fatima", "Florence", "François", "Gaël", "Géraldine", "Guillaume", "Hélène",
    "Hugo", "Inès", "Isabelle", "Jacques", "Jeanne", "Jérôme", "Joël", "Julie",
    "Julien", "Karima", "Karine", "Kevin", "Laetitia", "Laurent", "Léa", "Léon",
    "Lina", "Louis", "Lucas", "Lucie", "Magali", "Malik", "Manon", "Marc",
    "Margaux", "Marie", "Mathieu", "Maxime", "Mélanie", "Mohamed", "Nadia",
    "Nathalie", "Nicolas", "Noémie", "Olivier", "Pascal", "Patricia", "Paul",
    "Pauline", "Philippe", "Pierre", "Rachid", "Raphaël", "Romain", "Sabrina",
    "Samuel", "Sandrine", "Sarah", "Sébastien", "Simon", "Sophie", "Stéphane",
    "Sylvie", "Thomas", "Valérie", "Vincent", "Virginie", "Yannick", "Yasmine",
    "Zoé",
]  # fmt: skip
MEMBER_LAST_NAMES = [
    "Bernard", "Blanc", "Bonnet", "Bouvier", "Boyer", "Brun", "Caron", "Chevalier",
    "Clément", "Colin", "David", "Denis", "Dubois", "Dufour", "Dumont", "Dupont",
    "Durand", "Faure", "Fontaine", "Fournier", "Francois", "Gaillard", "Garcia",
    "Garnier", "Gauthier", "Gérard", "Girard", "Guerin", "Henry", "Hoarau",
    "Joly", "Lambert", "Laurent", "Leblanc", "Lefebvre", "Legrand", "Lemaire",
    "Leroy", "Lucas", "Marchand", "Martin", "Martinez", "Masson", "Mathieu",
    "Mercier", "Meyer", "Michel", "Moreau", "Morel", "Morin", "Muller", "Nicolas",
    "Noël", "Perrin", "Petit", "Picard", "Robert", "Robin", "Roche", "Rousseau",
    "Roussel", "Roux", "Roy", "Simon", "Thomas", "Vidal", "Vincent",
]  # fmt: skip

# Department code: (prefecture, population in thousands). Missions locales are
# generated in proportion to the population, about one per 160 000 inhabitants,
# as in the real network (some 430 for the country).
DEPARTMENT_PREFECTURES = {
    "01": ("Bourg-en-Bresse", 660),
    "02": ("Laon", 530),
    "03": ("Moulins", 335),
    "04": ("Digne-les-Bains", 165),
    "05": ("Gap", 141),
    "06": ("Nice", 1100),
    "07": ("Privas", 330),
    "08": ("Charleville-Mézières", 270),
    "09": ("Foix", 153),
    "10": ("Troyes", 310),
    "11": ("Carcassonne", 375),
    "12": ("Rodez", 280),
    "13": ("Marseille", 2040),
    "14": ("Caen", 700),
    "15": ("Aurillac", 144),
    "16": ("Angoulême", 350),
    "17": ("La Rochelle", 660),
    "18": ("Bourges", 300),
    "19": ("Tulle", 240),
    "2A": ("Ajaccio", 160),
    "2B": ("Bastia", 180),
    "21": ("Dijon", 535),
    "22": ("Saint-Brieuc", 600),
    "23": ("Guéret", 115),
    "24": ("Périgueux", 410),
    "25": ("Besançon", 545),
    "26": ("Valence", 520),
    "27": ("Évreux", 600),
    "28": ("Chartres", 430),
    "29": ("Quimper", 915),
    "30": ("Nîmes", 750),
    "31": ("Toulouse", 1420),
    "32": ("Auch", 190),
    "33": ("Bordeaux", 1650),
    "34": ("Montpellier", 1200),
    "35": ("Rennes", 1100),
    "36": ("Châteauroux", 215),
    "37": ("Tours", 610),
    "38": ("Grenoble", 1280),
    "39": ("Lons-le-Saunier", 260),
    "40": ("Mont-de-Marsan", 420),
    "41": ("Blois", 330),
    "42": ("Saint-Étienne", 765),
    "43": ("Le Puy-en-Velay", 228),
    "44": ("Nantes", 1440),
    "45": ("Orléans", 680),
    "46": ("Cahors", 175),
    "47": ("Agen", 330),
    "48": ("Mende", 76),
    "49": ("Angers", 820),
    "50": ("Saint-Lô", 495),
    "51": ("Châlons-en-Champagne", 565),
    "52": ("Chaumont", 170),
    "53": ("Laval", 307),
    "54": ("Nancy", 735),
    "55": ("Bar-le-Duc", 183),
    "56": ("Vannes", 760),
    "57": ("Metz", 1045),
    "58": ("Nevers", 200),
    "59": ("Lille", 2610),
    "60": ("Beauvais", 830),
    "61": ("Alençon", 280),
    "62": ("Arras", 1460),
    "63": ("Clermont-Ferrand", 665),
    "64": ("Pau", 690),
    "65": ("Tarbes", 230),
    "66": ("Perpignan", 480),
    "67": ("Strasbourg", 1140),
    "68": ("Colmar", 765),
    "69": ("Lyon", 1880),
    "70": ("Vesoul", 235),
    "71": ("Mâcon", 550),
    "72": ("Le Mans", 565),
    "73": ("Chambéry", 440),
    "74": ("Annecy", 830),
    "75": ("Paris", 2130),
    "76": ("Rouen", 1250),
    "77": ("Melun", 1420),
    "78": ("Versailles", 1450),
    "79": ("Niort", 375),
    "80": ("Amiens", 570),
    "81": ("Albi", 390),
    "82": ("Montauban", 260),
    "83": ("Toulon", 1080),
    "84": ("Avignon", 560),
    "85": ("La Roche-sur-Yon", 690),
    "86": ("Poitiers", 440),
    "87": ("Limoges", 370),
    "88": ("Épinal", 360),
    "89": ("Auxerre", 335),
    "90": ("Belfort", 140),
    "91": ("Évry-Courcouronnes", 1300),
    "92": ("Nanterre", 1620),
    "93": ("Bobigny", 1650),
    "94": ("Créteil", 1400),
    "95": ("Cergy", 1250),
    "971": ("Basse-Terre", 385),
    "972": ("Fort-de-France", 360),
    "973": ("Cayenne", 285),
    "974": ("Saint-Denis", 870),
    "976": ("Mamoudzou", 300),
}
# Names of the further Missions locales of a populous department.
MISSION_LOCALE_SECTORS = [
    "Nord",
    "Sud",
    "Est",
    "Ouest",
    "Centre",
    "Agglomération",
    "Littoral",
    "Vallées",
    "Plaine",
    "Rive droite",
    "Rive gauche",
    "Bocage",
    "Val",
    "Plateau",
    "Ville nouvelle",
    "Pays rural",
    "Métropole",
]

# How often each theme and public appears: a few themes carry most write-ups.
THEME_WEIGHTS = {
    "accompagnement-a-distance": 20,
    "inclusion-numerique": 16,
    "demarches-en-ligne": 14,
    "reseaux-sociaux": 12,
    "emploi-entreprises": 11,
    "aller-vers": 9,
    "equipement-connectivite": 7,
    "outils-collaboratifs": 6,
    "formation-equipes": 5,
    "donnees-personnelles": 4,
    "qualite-vie-travail": 3,
    "systeme-information": 3,
}
AUDIENCE_WEIGHTS = {
    "cej": 24,
    "peu-a-l-aise-numerique": 20,
    "zone-rurale": 16,
    "equipes": 14,
    "qpv": 12,
    "mineurs": 7,
    "sans-domicile-stable": 4,
    "handicap": 3,
}
# Title = what was done + what for (+ for whom, + how). By theme.
TITLE_ACTIONS = {
    "accompagnement-a-distance": [
        "Des rendez-vous en visio",
        "Une permanence téléphonique en soirée",
        "Un suivi par messagerie instantanée",
        "Des entretiens en visio depuis le téléphone du jeune",
        "Des rappels de rendez-vous par SMS",
        "Un groupe WhatsApp de promotion",
    ],
    "inclusion-numerique": [
        "Des ateliers numériques en petits groupes",
        "Un diagnostic des compétences numériques à l'accueil",
        "Un parcours Pix adapté",
        "Des ateliers « smartphone » d'une heure",
        "Une médiation numérique en binôme",
        "Des fiches pas à pas illustrées",
    ],
    "demarches-en-ligne": [
        "Un atelier de création des comptes en ligne",
        "Une permanence d'aide aux démarches",
        "Un coffre-fort numérique pour les justificatifs",
        "Un accompagnement à la déclaration trimestrielle",
        "Des rendez-vous partagés avec France Services",
        "Un pas-à-pas pour FranceConnect",
    ],
    "reseaux-sociaux": [
        "Un compte Instagram animé par les conseillers",
        "Des vidéos courtes sur TikTok",
        "Une page Facebook des offres locales",
        "Des stories hebdomadaires",
        "Un serveur Discord",
        "Une ligne éditoriale partagée",
    ],
    "emploi-entreprises": [
        "Un job dating en visio",
        "Des CV vidéo",
        "Des visites d'entreprise virtuelles",
        "Une plateforme de mise en relation avec les employeurs",
        "Des simulations d'entretien en ligne",
        "Un fichier partagé des offres du territoire",
    ],
    "aller-vers": [
        "Des permanences dans les lieux fréquentés par les jeunes",
        "Une présence éducative sur internet",
        "Un bus numérique",
        "Des maraudes numériques",
        "Un repérage avec les clubs sportifs",
        "Des permanences en mairie",
    ],
    "equipement-connectivite": [
        "Un prêt d'ordinateurs reconditionnés",
        "Des cartes SIM prépayées",
        "Un espace connecté en libre accès",
        "Des tablettes prêtées pour la durée du parcours",
        "Un partenariat avec une recyclerie",
        "Des bornes de recharge à l'accueil",
    ],
    "outils-collaboratifs": [
        "Un tableau de suivi partagé",
        "Un agenda commun des antennes",
        "Des réunions d'équipe en visio",
        "Un espace documentaire partagé",
        "Une messagerie d'équipe",
        "Un tableau kanban des projets",
    ],
    "formation-equipes": [
        "Des formations entre pairs",
        "Des capsules vidéo de cinq minutes",
        "Un référent numérique par antenne",
        "Des ateliers de pratique pour les conseillers",
        "Un parcours d'accueil des nouveaux salariés",
        "Des échanges de pratiques entre Missions locales",
    ],
    "donnees-personnelles": [
        "Un registre des traitements tenu à jour",
        "Une charte d'usage des messageries",
        "Un recueil du consentement simplifié",
        "Une sensibilisation RGPD pour les équipes",
        "Des modèles de messages sans données sensibles",
        "Un audit des outils en ligne",
    ],
    "qualite-vie-travail": [
        "Une charte du droit à la déconnexion",
        "Des plages sans réunion",
        "Un téléphone professionnel coupé le soir",
        "Un baromètre de la charge de travail",
        "Des horaires d'envoi des messages encadrés",
        "Des temps d'équipe sans écran",
    ],
    "systeme-information": [
        "Des astuces de saisie partagées",
        "Une permanence i-milo pour les conseillers",
        "Des modèles de saisie",
        "Un double écran pour chaque poste",
        "Une saisie en binôme pendant l'entretien",
        "Un guide des indicateurs",
    ],
}
TITLE_PURPOSES = {
    "accompagnement-a-distance": [
        "pour garder le lien avec les jeunes en emploi",
        "pour réduire les rendez-vous manqués",
        "pour suivre les jeunes éloignés de l'antenne",
        "pendant les périodes de stage",
    ],
    "inclusion-numerique": [
        "pour gagner en autonomie",
        "avant l'entrée en formation",
        "pour préparer les démarches en ligne",
        "avec la médiathèque",
    ],
    "demarches-en-ligne": [
        "pour ouvrir les droits plus vite",
        "pour ne plus perdre les identifiants",
        "avec la CAF et l'Assurance maladie",
        "pour les jeunes qui arrivent sur le territoire",
    ],
    "reseaux-sociaux": [
        "pour faire connaître la Mission locale",
        "pour toucher les jeunes qui ne viennent pas",
        "pour relayer les offres d'emploi",
        "pour donner la parole aux jeunes",
    ],
    "emploi-entreprises": [
        "avec les entreprises du territoire",
        "pour les métiers en tension",
        "pour les emplois saisonniers",
        "pour préparer les entretiens",
    ],
    "aller-vers": [
        "pour rencontrer les jeunes invisibles",
        "dans les quartiers prioritaires",
        "dans les communes sans antenne",
        "avec les éducateurs de prévention",
    ],
    "equipement-connectivite": [
        "pour suivre une formation à distance",
        "pour les jeunes sans ordinateur",
        "pour rester joignable",
        "avec une association locale",
    ],
    "outils-collaboratifs": [
        "entre les antennes",
        "pour préparer les commissions",
        "pour moins de courriels",
        "avec les partenaires",
    ],
    "formation-equipes": [
        "pour monter en compétences ensemble",
        "sur les outils du quotidien",
        "pour les nouveaux arrivants",
        "sur le temps de travail",
    ],
    "donnees-personnelles": [
        "pour protéger les jeunes accompagnés",
        "avec le délégué à la protection des données",
        "avant tout nouvel outil",
        "pour rassurer les familles",
    ],
    "qualite-vie-travail": [
        "pour protéger les soirées",
        "pour souffler entre deux rendez-vous",
        "pour des semaines plus tenables",
        "décidé en équipe",
    ],
    "systeme-information": [
        "pour gagner du temps de saisie",
        "pour fiabiliser les indicateurs",
        "pour les conseillers débutants",
        "sans perdre le fil de l'entretien",
    ],
}
AUDIENCE_PHRASES = {
    "qpv": "dans les quartiers prioritaires",
    "cej": "pour les jeunes en CEJ",
    "handicap": "pour les jeunes en situation de handicap",
    "zone-rurale": "en zone rurale",
    "peu-a-l-aise-numerique": "pour les jeunes peu à l'aise avec le numérique",
    "sans-domicile-stable": "pour les jeunes sans domicile stable",
    "mineurs": "pour les 16-17 ans",
    "equipes": "pour toute l'équipe",
}
TITLE_QUALIFIERS = [
    "le samedi matin",
    "en fin de journée",
    "sur six mois",
    "en binôme",
    "avec les partenaires locaux",
    "sans budget supplémentaire",
    "en période estivale",
    "sur deux antennes",
    "à petite échelle",
    "avec un service civique",
    "un an après",
    "pendant l'hiver",
]
# A summary's second sentence; {n} and {pct} are drawn for each write-up.
SUMMARY_OUTCOMES = [
    "En six mois, {n} jeunes en ont bénéficié.",
    "{pct} % des jeunes concernés sont revenus au rendez-vous suivant.",
    "Les conseillers y consacrent une demi-journée par semaine.",
    "L'essai a convaincu l'équipe, qui l'a étendu à toutes les antennes.",
    "Le bilan est mitigé : {pct} % de participation, moins que prévu.",
    "{n} jeunes y ont participé la première année.",
    "La pratique a été reprise par deux Missions locales voisines.",
    "Ce qui a compté : des créneaux fixes et un rappel la veille.",
    "L'expérience continue, avec {n} jeunes suivis chaque mois.",
    "Les partenaires ont demandé à y être associés dès le début.",
]
STAFF_TIMES = [
    "Un conseiller à {pct} % pendant six mois",
    "Deux conseillers, une demi-journée par semaine",
    "Le référent numérique, {n} heures par mois",
    "Une heure par semaine pour chaque conseiller volontaire",
    "Un service civique et une conseillère à mi-temps",
    "Trois jours de préparation, puis une heure par semaine",
]
COSTS = [
    "Aucun coût supplémentaire",
    "{n}0 € de licences par an",
    "{n}00 € de matériel",
    "Financé par le Conseil départemental",
    "Le temps de travail seulement",
    "{n}0 € par mois d'abonnement",
]
PARTNERS = [
    "Conseil départemental",
    "Médiathèque intercommunale",
    "CCAS",
    "France Services",
    "CAF",
    "Assurance maladie",
    "France Travail",
    "Association de prévention spécialisée",
    "Recyclerie solidaire",
    "Lycée professionnel",
    "Centre social",
    "Conseiller numérique de la commune",
]
TEAMS = [
    "Deux conseillers et le référent numérique",
    "L'équipe de l'antenne, avec l'appui de la direction",
    "Une conseillère, un service civique et la chargée de communication",
    "Le pôle emploi de la Mission locale",
    "Trois conseillers volontaires",
    "La coordinatrice du CEJ et deux conseillers",
]
INDICATOR_LABELS = [
    "Jeunes accompagnés",
    "Rendez-vous honorés",
    "Ateliers organisés",
    "Comptes créés",
    "Entrées en emploi ou en formation",
    "Abonnés",
    "Conseillers formés",
    "Matériels prêtés",
]

# Discussions under the generated write-ups.
COMMENT_OPENERS = ["", "Bonjour,", "Merci pour ce partage.", "Très intéressant !"]
COMMENT_QUESTIONS = [
    "Combien de temps de préparation avez-vous compté avant le démarrage ?",
    "Comment avez-vous convaincu la direction ?",
    "Les jeunes ont-ils adhéré tout de suite, ou a-t-il fallu relancer ?",
    "Quel outil avez-vous retenu, et pourquoi celui-là ?",
    "Avez-vous eu besoin de l'accord du CSE ?",
    "Comment mesurez-vous les résultats ?",
    "Est-ce que cela tient dans la durée, après le départ des premiers volontaires ?",
    "Avez-vous associé les partenaires dès le départ ?",
    "Quel budget faut-il prévoir pour une antenne de cinq conseillers ?",
    "Comment gérez-vous les données des jeunes avec cet outil ?",
    "Pourriez-vous partager vos supports ?",
    "Qu'est-ce que vous feriez autrement si c'était à refaire ?",
]
COMMENT_ANSWERS = [
    "Il faut compter une demi-journée pour caler l'outil, puis une heure par semaine.",
    "Nous avons présenté un essai de trois mois avec un bilan chiffré à la fin.",
    "Il a fallu relancer les premières semaines, puis le bouche-à-oreille a pris.",
    "Nous avons choisi l'outil qui ne demande pas de créer de compte aux jeunes.",
    "Oui, le CSE a été consulté : le volontariat et la récupération sont écrits.",
    "Nous suivons le nombre de rendez-vous honorés et les sorties positives.",
    "C'est tenable parce que le créneau est inscrit dans le planning de l'équipe.",
    "Je vous envoie les supports par la messagerie du Labo.",
    "Nous commencerions plus petit, avec une seule antenne.",
    "Aucune donnée nominative ne passe par l'outil : seulement les rendez-vous.",
]
COMMENT_TESTED = [
    "Nous l'avons repris à l'identique : même bilan, surtout le premier mois.",
    "Testé chez nous sur trois mois. Ça marche, à condition de relancer la veille.",
    "Nous l'avons adapté à notre territoire rural : moins de monde, mais fidèle.",
    "Essai concluant, nous le généralisons à toutes les antennes à la rentrée.",
    "Nous avons arrêté au bout de deux mois, faute de temps de conseiller.",
    "Repris avec la médiathèque : les jeunes viennent plus facilement chez eux.",
]
COMMENT_VIGILANCE = [
    "Attention au temps de travail hors horaires : à cadrer avec la direction.",
    "Pensez à vérifier où sont hébergées les données avant de choisir l'outil.",
    "Prévoyez un plan B pour les jeunes sans forfait ou sans téléphone.",
    "Vérifiez l'accessibilité de l'outil pour les jeunes en situation de handicap.",
    "Un compte personnel de conseiller sur ces outils pose problème : "
    "préférez un compte de la structure.",
]
COMMENT_OTHERS = [
    "Merci, c'est exactement ce que nous cherchions pour notre antenne.",
    "Une belle initiative, bravo à l'équipe.",
    "Nous allons en parler à notre prochaine réunion d'équipe.",
    "La fiche est très claire, merci d'avoir détaillé ce qui n'a pas marché.",
    "Ce serait intéressant d'avoir le bilan à un an.",
]
COMMENT_REPLIES = [
    "Même constat chez nous.",
    "Merci pour la précision, c'est très utile.",
    "Nous avons eu le même problème, résolu en passant par un compte de structure.",
    "Je confirme, le rappel la veille change tout.",
    "Intéressé aussi par les supports, si possible.",
    "Chez nous, c'est la médiathèque qui a porté cette partie.",
    "Bonne idée, je note.",
]
