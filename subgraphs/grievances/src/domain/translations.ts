/**
 * What a complainant reads, per language. Written for workers: plain words, addressed to them,
 * one idea per sentence, and no promise the mechanism cannot keep. Formal address throughout
 * (vous, usted, আপনি); Vietnamese uses "bạn", as worker hotlines there do. Keep Vietnamese in NFC.
 */
import type { GrievanceStatus } from './lifecycle';

export type TimelineEventKind = 'FILED' | 'ACKNOWLEDGED' | 'STATUS_CHANGED' | 'ESCALATED' | 'WITHDRAWN';

export type Catalogue = {
  statuses: Record<GrievanceStatus, { name: string; nextStep: string }>;
  /** `{status}` is replaced by the status name in the same language. */
  events: Record<TimelineEventKind, string>;
};

const en: Catalogue = {
  statuses: {
    RECEIVED: {
      name: 'Received',
      nextStep: 'Your grievance has reached us. We will confirm receipt and tell you who is handling it.',
    },
    ACKNOWLEDGED: {
      name: 'Receipt confirmed',
      nextStep: 'Your grievance is registered and assigned to a case handler. Next, we will review what you reported.',
    },
    UNDER_REVIEW: {
      name: 'Under review',
      nextStep:
        'We are checking whether this mechanism covers your grievance and what needs to be clarified. We may contact you for more information.',
    },
    INVESTIGATING: {
      name: 'Being investigated',
      nextStep:
        'The facts are being investigated, which may include talking to workers and the employer. Your identity stays protected.',
    },
    REMEDIATION_AGREED: {
      name: 'Remedy agreed',
      nextStep:
        'A plan to put things right has been agreed. Next, the employer must carry it out, and we will follow its progress.',
    },
    REMEDIATION_IN_PROGRESS: {
      name: 'Remedy in progress',
      nextStep: 'The agreed remedy is being carried out. Tell us if it is not happening or if you face retaliation.',
    },
    RESOLVED: {
      name: 'Resolved',
      nextStep:
        'The case is closed because the remedy has been completed. If the problem comes back, you can file a new grievance.',
    },
    NOT_SUBSTANTIATED: {
      name: 'Not substantiated',
      nextStep:
        'The case is closed because the investigation could not confirm the grievance. You can file a new grievance if you have new information.',
    },
    ESCALATED: {
      name: 'Escalated',
      nextStep:
        'The case has been passed to a higher authority for a decision. We will update this page when it decides.',
    },
    WITHDRAWN: {
      name: 'Withdrawn',
      nextStep: 'The case is closed because the grievance was withdrawn. You can file a new grievance at any time.',
    },
  },
  events: {
    FILED: 'Grievance filed',
    ACKNOWLEDGED: 'Receipt of your grievance confirmed',
    STATUS_CHANGED: 'Status changed to: {status}',
    ESCALATED: 'Case passed to a higher authority',
    WITHDRAWN: 'Grievance withdrawn',
  },
};

const fr: Catalogue = {
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
  },
};

const es: Catalogue = {
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
  },
};

const vi: Catalogue = {
  statuses: {
    RECEIVED: {
      name: 'Đã nhận',
      nextStep:
        'Chúng tôi đã nhận được khiếu nại của bạn. Chúng tôi sẽ xác nhận việc tiếp nhận và cho bạn biết ai phụ trách giải quyết.',
    },
    ACKNOWLEDGED: {
      name: 'Đã xác nhận tiếp nhận',
      nextStep:
        'Khiếu nại của bạn đã được ghi nhận và giao cho cán bộ phụ trách. Bước tiếp theo là xem xét nội dung bạn đã phản ánh.',
    },
    UNDER_REVIEW: {
      name: 'Đang xem xét',
      nextStep:
        'Chúng tôi đang kiểm tra xem khiếu nại có thuộc phạm vi của cơ chế này không và những điểm nào cần làm rõ. Chúng tôi có thể liên hệ để hỏi bạn thêm thông tin.',
    },
    INVESTIGATING: {
      name: 'Đang điều tra',
      nextStep:
        'Sự việc đang được điều tra, có thể bao gồm trao đổi với người lao động và người sử dụng lao động. Danh tính của bạn vẫn được bảo vệ.',
    },
    REMEDIATION_AGREED: {
      name: 'Đã thống nhất biện pháp khắc phục',
      nextStep:
        'Các bên đã thống nhất một kế hoạch khắc phục. Tiếp theo, người sử dụng lao động phải thực hiện kế hoạch này và chúng tôi sẽ theo dõi tiến độ.',
    },
    REMEDIATION_IN_PROGRESS: {
      name: 'Đang khắc phục',
      nextStep:
        'Các biện pháp đã thống nhất đang được thực hiện. Hãy báo cho chúng tôi nếu việc khắc phục không diễn ra hoặc nếu bạn bị trù dập, trả thù.',
    },
    RESOLVED: {
      name: 'Đã giải quyết',
      nextStep:
        'Vụ việc đã khép lại vì các biện pháp khắc phục đã hoàn thành. Nếu vấn đề tái diễn, bạn có thể gửi khiếu nại mới.',
    },
    NOT_SUBSTANTIATED: {
      name: 'Không đủ căn cứ',
      nextStep:
        'Vụ việc đã khép lại vì quá trình điều tra không xác nhận được nội dung khiếu nại. Bạn có thể gửi khiếu nại mới nếu có thông tin mới.',
    },
    ESCALATED: {
      name: 'Đã chuyển lên cấp trên',
      nextStep:
        'Vụ việc đã được chuyển lên cấp có thẩm quyền cao hơn để quyết định. Chúng tôi sẽ cập nhật trang này khi có quyết định.',
    },
    WITHDRAWN: {
      name: 'Đã rút khiếu nại',
      nextStep: 'Vụ việc đã khép lại vì khiếu nại đã được rút. Bạn có thể gửi khiếu nại mới bất cứ lúc nào.',
    },
  },
  events: {
    FILED: 'Đã gửi khiếu nại',
    ACKNOWLEDGED: 'Đã xác nhận tiếp nhận khiếu nại của bạn',
    STATUS_CHANGED: 'Trạng thái mới: {status}',
    ESCALATED: 'Vụ việc đã được chuyển lên cấp trên',
    WITHDRAWN: 'Đã rút khiếu nại',
  },
};

const bn: Catalogue = {
  statuses: {
    RECEIVED: {
      name: 'জমা পড়েছে',
      nextStep: 'আপনার অভিযোগ আমাদের কাছে পৌঁছেছে। আমরা প্রাপ্তি নিশ্চিত করব এবং কে এটি দেখছেন তা আপনাকে জানাব।',
    },
    ACKNOWLEDGED: {
      name: 'প্রাপ্তি নিশ্চিত',
      nextStep:
        'আপনার অভিযোগ নথিভুক্ত হয়েছে এবং একজন দায়িত্বপ্রাপ্ত কর্মকর্তাকে দেওয়া হয়েছে। পরের ধাপে আপনার জানানো বিষয়গুলো পর্যালোচনা করা হবে।',
    },
    UNDER_REVIEW: {
      name: 'পর্যালোচনা চলছে',
      nextStep:
        'অভিযোগটি এই ব্যবস্থার আওতায় পড়ে কি না এবং কী কী বিষয় স্পষ্ট করা দরকার, তা আমরা যাচাই করছি। আরও তথ্যের জন্য আমরা আপনার সাথে যোগাযোগ করতে পারি।',
    },
    INVESTIGATING: {
      name: 'তদন্ত চলছে',
      nextStep: 'ঘটনার তদন্ত চলছে, যার মধ্যে শ্রমিক ও মালিকপক্ষের সাথে কথা বলাও থাকতে পারে। আপনার পরিচয় সুরক্ষিত থাকবে।',
    },
    REMEDIATION_AGREED: {
      name: 'প্রতিকারে সম্মতি হয়েছে',
      nextStep:
        'সমস্যা সমাধানের একটি পরিকল্পনায় সম্মতি হয়েছে। এখন মালিকপক্ষকে তা বাস্তবায়ন করতে হবে, আর আমরা অগ্রগতি নজরে রাখব।',
    },
    REMEDIATION_IN_PROGRESS: {
      name: 'প্রতিকার চলছে',
      nextStep:
        'সম্মত প্রতিকারমূলক ব্যবস্থা বাস্তবায়ন করা হচ্ছে। তা না হলে অথবা আপনি কোনো প্রতিশোধমূলক আচরণের শিকার হলে আমাদের জানান।',
    },
    RESOLVED: {
      name: 'সমাধান হয়েছে',
      nextStep: 'প্রতিকার সম্পন্ন হওয়ায় বিষয়টি নিষ্পত্তি করা হয়েছে। সমস্যাটি আবার দেখা দিলে আপনি নতুন অভিযোগ করতে পারেন।',
    },
    NOT_SUBSTANTIATED: {
      name: 'প্রমাণিত হয়নি',
      nextStep: 'তদন্তে অভিযোগটি নিশ্চিত করা যায়নি, তাই বিষয়টি বন্ধ করা হয়েছে। নতুন তথ্য থাকলে আপনি নতুন অভিযোগ করতে পারেন।',
    },
    ESCALATED: {
      name: 'উচ্চতর কর্তৃপক্ষের কাছে পাঠানো হয়েছে',
      nextStep: 'সিদ্ধান্তের জন্য বিষয়টি উচ্চতর কর্তৃপক্ষের কাছে পাঠানো হয়েছে। সিদ্ধান্ত হলে আমরা এই পাতাটি হালনাগাদ করব।',
    },
    WITHDRAWN: {
      name: 'প্রত্যাহার করা হয়েছে',
      nextStep: 'অভিযোগ প্রত্যাহার করায় বিষয়টি বন্ধ করা হয়েছে। আপনি যেকোনো সময় নতুন অভিযোগ করতে পারেন।',
    },
  },
  events: {
    FILED: 'অভিযোগ জমা দেওয়া হয়েছে',
    ACKNOWLEDGED: 'আপনার অভিযোগের প্রাপ্তি নিশ্চিত করা হয়েছে',
    STATUS_CHANGED: 'নতুন অবস্থা: {status}',
    ESCALATED: 'বিষয়টি উচ্চতর কর্তৃপক্ষের কাছে পাঠানো হয়েছে',
    WITHDRAWN: 'অভিযোগ প্রত্যাহার করা হয়েছে',
  },
};

export const CATALOGUES = { en, fr, es, vi, bn } as const;
