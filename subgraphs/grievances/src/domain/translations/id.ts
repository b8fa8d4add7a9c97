import type { Catalogue } from './catalogue';

export const id: Catalogue = {
  direction: 'LTR',
  statuses: {
    RECEIVED: {
      name: 'Diterima',
      nextStep:
        'Pengaduan Anda sudah sampai kepada kami. Kami akan mengonfirmasi penerimaannya dan memberi tahu Anda siapa yang menanganinya.',
    },
    ACKNOWLEDGED: {
      name: 'Penerimaan dikonfirmasi',
      nextStep:
        'Pengaduan Anda sudah dicatat dan diserahkan kepada petugas yang menangani kasus. Selanjutnya, kami akan memeriksa apa yang Anda laporkan.',
    },
    UNDER_REVIEW: {
      name: 'Sedang ditinjau',
      nextStep:
        'Kami sedang memeriksa apakah pengaduan Anda termasuk cakupan mekanisme ini dan apa yang perlu diperjelas. Kami mungkin menghubungi Anda untuk meminta informasi tambahan.',
    },
    INVESTIGATING: {
      name: 'Sedang diselidiki',
      nextStep:
        'Fakta-faktanya sedang diselidiki, yang dapat mencakup berbicara dengan para pekerja dan pemberi kerja. Identitas Anda tetap dilindungi.',
    },
    REMEDIATION_AGREED: {
      name: 'Pemulihan disepakati',
      nextStep:
        'Rencana untuk memperbaiki keadaan sudah disepakati. Selanjutnya, pemberi kerja wajib melaksanakannya, dan kami akan memantau perkembangannya.',
    },
    REMEDIATION_IN_PROGRESS: {
      name: 'Pemulihan sedang berjalan',
      nextStep:
        'Pemulihan yang disepakati sedang dilaksanakan. Beri tahu kami jika pemulihan itu tidak dilaksanakan atau jika Anda mengalami pembalasan.',
    },
    RESOLVED: {
      name: 'Selesai',
      nextStep:
        'Kasus ditutup karena pemulihan sudah dilaksanakan sepenuhnya. Jika masalahnya muncul lagi, Anda dapat mengajukan pengaduan baru.',
    },
    NOT_SUBSTANTIATED: {
      name: 'Tidak terbukti',
      nextStep:
        'Kasus ditutup karena penyelidikan tidak dapat membuktikan pengaduan ini. Anda dapat mengajukan pengaduan baru jika memiliki informasi baru.',
    },
    ESCALATED: {
      name: 'Diteruskan ke otoritas yang lebih tinggi',
      nextStep:
        'Kasus telah diteruskan kepada otoritas yang lebih tinggi untuk diputuskan. Kami akan memperbarui halaman ini setelah ada keputusan.',
    },
    WITHDRAWN: {
      name: 'Dicabut',
      nextStep: 'Kasus ditutup karena pengaduan telah dicabut. Anda dapat mengajukan pengaduan baru kapan saja.',
    },
  },
  events: {
    FILED: 'Pengaduan diajukan',
    ACKNOWLEDGED: 'Penerimaan pengaduan Anda dikonfirmasi',
    STATUS_CHANGED: 'Status berubah menjadi: {status}',
    ESCALATED: 'Kasus diteruskan ke otoritas yang lebih tinggi',
    WITHDRAWN: 'Pengaduan dicabut',
    DEADLINE_MISSED: 'Sebuah tenggat dalam kasus Anda terlewati, sehingga kasus Anda diteruskan agar tetap berjalan',
    QUESTION_ASKED:
      'Petugas yang menangani kasus mengajukan pertanyaan kepada Anda. Bacalah di sini dan jawablah dengan kode pelacakan dan kode rahasia Anda',
    ANSWER_RECEIVED: 'Jawaban Anda sudah sampai kepada petugas yang menangani kasus',
    RETALIATION_REPORTED:
      'Laporan pembalasan yang terkait dengan kasus ini telah diterima. Laporan ini ditangani segera',
    MECHANISM_CORRECTED:
      'Aturan dan tenggat kasus Anda telah diperbaiki. Tanggal yang ditampilkan adalah tanggal yang benar',
  },
  notices: {
    OVERDUE:
      'Tenggat untuk langkah berikutnya sudah lewat. Pihak yang bertanggung jawab atas kasus Anda telah diberi tahu. Anda tidak perlu mengajukan pengaduan lagi.',
  },
};
