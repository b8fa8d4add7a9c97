import type { Catalogue } from './catalogue';

export const fr: Catalogue = {
  direction: 'LTR',
  statuses: {
    RECEIVED: {
      name: 'Reçue',
      nextStep: 'Votre plainte nous est parvenue. Nous allons en accuser réception et vous indiquer qui la traite.',
    },
    ACKNOWLEDGED: {
      name: 'Réception confirmée',
      nextStep:
        'Votre plainte est enregistrée et confiée à une personne chargée du dossier. Prochaine étape : l’examen de ce que vous avez signalé.',
    },
    UNDER_REVIEW: {
      name: 'En cours d’examen',
      nextStep:
        'Nous vérifions si votre plainte relève de ce mécanisme et ce qu’il faut clarifier. Nous pourrions vous contacter pour obtenir des précisions.',
    },
    INVESTIGATING: {
      name: 'Enquête en cours',
      nextStep:
        'Les faits font l’objet d’une enquête, qui peut comprendre des entretiens avec des travailleurs et avec l’employeur. Votre identité reste protégée.',
    },
    REMEDIATION_AGREED: {
      name: 'Mesures correctives convenues',
      nextStep:
        'Un plan pour remédier à la situation a été convenu. L’employeur doit maintenant l’appliquer, et nous en suivrons la mise en œuvre.',
    },
    REMEDIATION_IN_PROGRESS: {
      name: 'Mesures correctives en cours',
      nextStep:
        'Les mesures convenues sont en cours d’application. Prévenez-nous si rien ne se passe ou si vous subissez des représailles.',
    },
    RESOLVED: {
      name: 'Résolue',
      nextStep:
        'Le dossier est clos : les mesures correctives ont été menées à bien. Si le problème réapparaît, vous pouvez déposer une nouvelle plainte.',
    },
    NOT_SUBSTANTIATED: {
      name: 'Faits non établis',
      nextStep:
        'Le dossier est clos : l’enquête n’a pas permis de confirmer votre plainte. Vous pouvez déposer une nouvelle plainte si vous avez de nouveaux éléments.',
    },
    ESCALATED: {
      name: 'Transmise à une instance supérieure',
      nextStep:
        'Le dossier a été transmis à une instance supérieure pour décision. Nous mettrons cette page à jour dès qu’elle aura statué.',
    },
    WITHDRAWN: {
      name: 'Retirée',
      nextStep:
        'Le dossier est clos, car la plainte a été retirée. Vous pouvez déposer une nouvelle plainte à tout moment.',
    },
  },
  events: {
    FILED: 'Plainte déposée',
    ACKNOWLEDGED: 'Réception de votre plainte confirmée',
    STATUS_CHANGED: 'Nouveau statut : {status}',
    ESCALATED: 'Dossier transmis à une instance supérieure',
    WITHDRAWN: 'Plainte retirée',
    DEADLINE_MISSED:
      'Un délai de votre dossier n’a pas été respecté, votre dossier a donc été transmis pour qu’il continue d’avancer',
    QUESTION_ASKED:
      'La personne chargée du dossier vous a posé une question. Lisez-la ici et répondez avec votre code de suivi et votre code secret',
    ANSWER_RECEIVED: 'Votre réponse est parvenue à la personne chargée du dossier',
    RETALIATION_REPORTED: 'Un signalement de représailles lié à ce dossier a été reçu. Il est traité en urgence',
    MECHANISM_CORRECTED:
      'Les règles et les délais de votre dossier ont été corrigés. Les dates affichées sont les bonnes',
  },
  notices: {
    OVERDUE:
      'Le délai prévu pour la prochaine étape est dépassé. L’instance responsable de votre dossier en a été informée. Vous n’avez pas besoin de déposer une nouvelle plainte.',
  },
};
