import type { Catalogue } from './catalogue';

export const vi: Catalogue = {
  direction: 'LTR',
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
    DEADLINE_MISSED:
      'Một thời hạn trong vụ việc của bạn đã bị trễ, nên vụ việc đã được chuyển tiếp để tiếp tục được giải quyết',
    QUESTION_ASKED:
      'Cán bộ phụ trách đã gửi cho bạn một câu hỏi. Hãy đọc câu hỏi tại đây và trả lời bằng mã theo dõi và mã bí mật của bạn',
    ANSWER_RECEIVED: 'Cán bộ phụ trách đã nhận được câu trả lời của bạn',
    RETALIATION_REPORTED:
      'Đã nhận được báo cáo về việc trù dập, trả thù liên quan đến vụ việc này. Báo cáo được xử lý khẩn cấp',
    MECHANISM_CORRECTED: 'Quy định và thời hạn của vụ việc đã được điều chỉnh. Các ngày hiển thị là ngày chính xác',
  },
  notices: {
    OVERDUE:
      'Thời hạn cho bước tiếp theo đã qua. Cơ quan phụ trách vụ việc của bạn đã được thông báo. Bạn không cần gửi lại khiếu nại.',
  },
};
