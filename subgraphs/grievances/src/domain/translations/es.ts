import type { Catalogue } from './catalogue';

export const es: Catalogue = {
  direction: 'LTR',
  statuses: {
    RECEIVED: {
      name: 'Recibida',
      nextStep: 'Su queja nos ha llegado. Confirmaremos que la recibimos y le indicaremos quién se encarga de ella.',
    },
    ACKNOWLEDGED: {
      name: 'Recepción confirmada',
      nextStep:
        'Su queja está registrada y asignada a una persona responsable del caso. El siguiente paso es revisar lo que usted denunció.',
    },
    UNDER_REVIEW: {
      name: 'En revisión',
      nextStep:
        'Estamos verificando si este mecanismo cubre su queja y qué hace falta aclarar. Es posible que nos pongamos en contacto con usted para pedirle más información.',
    },
    INVESTIGATING: {
      name: 'En investigación',
      nextStep:
        'Se están investigando los hechos, lo que puede incluir entrevistas con trabajadores y con el empleador. Su identidad sigue protegida.',
    },
    REMEDIATION_AGREED: {
      name: 'Medidas correctivas acordadas',
      nextStep:
        'Se acordó un plan para corregir la situación. Ahora el empleador debe cumplirlo, y nosotros daremos seguimiento a su avance.',
    },
    REMEDIATION_IN_PROGRESS: {
      name: 'Medidas correctivas en curso',
      nextStep: 'Se están aplicando las medidas acordadas. Avísenos si no se cumplen o si sufre represalias.',
    },
    RESOLVED: {
      name: 'Resuelta',
      nextStep:
        'El caso está cerrado porque las medidas correctivas se completaron. Si el problema vuelve a ocurrir, puede presentar una nueva queja.',
    },
    NOT_SUBSTANTIATED: {
      name: 'No comprobada',
      nextStep:
        'El caso está cerrado porque la investigación no pudo confirmar su queja. Puede presentar una nueva queja si tiene información nueva.',
    },
    ESCALATED: {
      name: 'Remitida a una instancia superior',
      nextStep:
        'El caso se remitió a una instancia superior para que decida. Actualizaremos esta página cuando haya una decisión.',
    },
    WITHDRAWN: {
      name: 'Retirada',
      nextStep:
        'El caso está cerrado porque la queja fue retirada. Puede presentar una nueva queja en cualquier momento.',
    },
  },
  events: {
    FILED: 'Queja presentada',
    ACKNOWLEDGED: 'Recepción de su queja confirmada',
    STATUS_CHANGED: 'Nuevo estado: {status}',
    ESCALATED: 'Caso remitido a una instancia superior',
    WITHDRAWN: 'Queja retirada',
    DEADLINE_MISSED: 'No se cumplió un plazo de su caso, por eso su caso se trasladó para que siga avanzando',
    QUESTION_ASKED:
      'La persona responsable del caso le hizo una pregunta. Léala aquí y responda con su código de seguimiento y su clave secreta',
    ANSWER_RECEIVED: 'Su respuesta llegó a la persona responsable del caso',
    RETALIATION_REPORTED: 'Se recibió una denuncia de represalias relacionada con este caso. Se atiende con urgencia',
    MECHANISM_CORRECTED:
      'Se corrigieron las reglas y los plazos de su caso. Las fechas que se muestran son las correctas',
  },
  notices: {
    OVERDUE:
      'Venció el plazo para el siguiente paso. Se avisó a la instancia responsable de su caso. No necesita presentar su queja de nuevo.',
  },
};
