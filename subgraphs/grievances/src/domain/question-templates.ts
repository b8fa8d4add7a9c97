/**
 * Common questions a handler asks a worker who filed without an account, written once in every
 * language of the complainant's messages, so that a handler who does not write the worker's
 * language can still ask. Like the message catalogues: plain words, addressed to the worker, formal
 * address (vous, usted, আপনি, លោកអ្នក, तपाईं, आप, Anda, သင်, the Arabic plural of respect;
 * Vietnamese "bạn", as worker hotlines there do), Burmese in Unicode, every text in NFC. A question
 * never asks for other workers' names: naming them could expose them too.
 */
import { QuestionTemplate } from '../__generated__/resolvers-types';
import { resolveLanguage } from './messages';

export type { QuestionTemplate };

export const QUESTION_TEMPLATES = Object.values(QuestionTemplate);

/** The languages the templates are written in: at least those of COMPLAINANT_LANGUAGES (the unit test checks). */
export const TEMPLATE_LANGUAGES = ['en', 'fr', 'es', 'vi', 'bn', 'km', 'ne', 'my', 'id', 'hi', 'ar'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export const TEMPLATE_TEXTS: Record<QuestionTemplate, Record<TemplateLanguage, string>> = {
  DATES: {
    en: 'When did this happen? Please give the dates, or as close to them as you remember.',
    fr: 'Quand cela s’est-il passé ? Indiquez les dates, même approximatives, selon vos souvenirs.',
    es: '¿Cuándo ocurrió esto? Indique las fechas, aunque sea de forma aproximada, según lo que recuerde.',
    vi: 'Việc này xảy ra khi nào? Xin cho biết ngày tháng, hoặc gần đúng nhất theo những gì bạn nhớ.',
    bn: 'এটি কবে ঘটেছিল? তারিখগুলো জানান, অথবা আপনার যতটা মনে আছে ততটা কাছাকাছি তারিখ জানান।',
    km: 'តើរឿងនេះបានកើតឡើងនៅពេលណា? សូមប្រាប់កាលបរិច្ឆេទ ឬកាលបរិច្ឆេទដែលជិតបំផុតតាមដែលលោកអ្នកចាំបាន។',
    ne: 'यो कहिले भएको थियो? मितिहरू बताउनुहोस्, वा तपाईंलाई सम्झना भएसम्म नजिकको मिति बताउनुहोस्।',
    my: 'ဤကိစ္စသည် မည်သည့်အချိန်က ဖြစ်ခဲ့ပါသနည်း။ ရက်စွဲများကို ဖော်ပြပေးပါ၊ သို့မဟုတ် သင် မှတ်မိသလောက် နီးစပ်သော ရက်စွဲကို ဖော်ပြပေးပါ။',
    id: 'Kapan hal ini terjadi? Mohon sebutkan tanggalnya, atau sedekat mungkin dengan yang Anda ingat.',
    hi: 'यह कब हुआ था? कृपया तारीखें बताएँ, या जितना आपको याद हो उतनी नज़दीकी तारीख बताएँ।',
    ar: 'متى حدث ذلك؟ يُرجى ذكر التواريخ، أو أقرب ما تتذكرونه منها.',
  },
  STILL_EMPLOYED: {
    en: 'Do you still work at this workplace?',
    fr: 'Travaillez-vous toujours sur ce lieu de travail ?',
    es: '¿Sigue usted trabajando en este lugar de trabajo?',
    vi: 'Bạn có còn làm việc ở nơi làm việc này không?',
    bn: 'আপনি কি এখনও এই কর্মস্থলে কাজ করেন?',
    km: 'តើលោកអ្នកនៅតែធ្វើការនៅកន្លែងធ្វើការនេះដែរឬទេ?',
    ne: 'के तपाईं अझै यही कार्यस्थलमा काम गर्नुहुन्छ?',
    my: 'သင်သည် ဤလုပ်ငန်းခွင်တွင် ယခုထိ အလုပ်လုပ်နေဆဲ ဖြစ်ပါသလား။',
    id: 'Apakah Anda masih bekerja di tempat kerja ini?',
    hi: 'क्या आप अब भी इसी कार्यस्थल पर काम करते हैं?',
    ar: 'هل ما زلتم تعملون في مكان العمل هذا؟',
  },
  WITNESSES: {
    en: 'Did anyone else see or hear what happened? You do not have to give their names.',
    fr: 'Quelqu’un d’autre a-t-il vu ou entendu ce qui s’est passé ? Vous n’avez pas à donner de noms.',
    es: '¿Alguien más vio u oyó lo que ocurrió? No tiene que dar sus nombres.',
    vi: 'Có ai khác nhìn thấy hoặc nghe thấy việc đã xảy ra không? Bạn không cần cho biết tên của họ.',
    bn: 'আর কেউ কি ঘটনাটি দেখেছেন বা শুনেছেন? তাঁদের নাম জানানোর দরকার নেই।',
    km: 'តើមានអ្នកផ្សេងទៀតបានឃើញ ឬឮអ្វីដែលបានកើតឡើងដែរឬទេ? លោកអ្នកមិនចាំបាច់ប្រាប់ឈ្មោះពួកគេទេ។',
    ne: 'के अरू कसैले यो घटना देखे वा सुने? उनीहरूको नाम बताउनु पर्दैन।',
    my: 'ဖြစ်ပျက်ခဲ့သည်ကို အခြားသူ တစ်ဦးဦး မြင်ခဲ့ သို့မဟုတ် ကြားခဲ့ပါသလား။ ၎င်းတို့၏ အမည်ကို ပြောပြရန် မလိုပါ။',
    id: 'Apakah ada orang lain yang melihat atau mendengar kejadian itu? Anda tidak perlu menyebutkan nama mereka.',
    hi: 'क्या किसी और ने यह घटना देखी या सुनी? आपको उनके नाम बताने की ज़रूरत नहीं है।',
    ar: 'هل رأى أحد آخر ما حدث أو سمعه؟ لا يلزم ذكر أسمائهم.',
  },
  SAFE_CONTACT: {
    en: 'Is there a safe way or a safe time for us to contact you? Tell us only what is safe for you.',
    fr: 'Existe-t-il un moyen ou un moment sûr pour vous contacter ? Indiquez-nous seulement ce qui est sans risque pour vous.',
    es: '¿Hay una forma o un momento seguro para contactarle? Díganos solo lo que sea seguro para usted.',
    vi: 'Có cách nào hoặc lúc nào an toàn để chúng tôi liên lạc với bạn không? Chỉ cho chúng tôi biết những gì an toàn cho bạn.',
    bn: 'আপনার সঙ্গে যোগাযোগের কোনো নিরাপদ উপায় বা নিরাপদ সময় আছে কি? শুধু সেটুকুই জানান যা আপনার জন্য নিরাপদ।',
    km: 'តើមានមធ្យោបាយ ឬពេលវេលាដែលមានសុវត្ថិភាព សម្រាប់យើងទាក់ទងលោកអ្នកដែរឬទេ? សូមប្រាប់តែអ្វីដែលមានសុវត្ថិភាពសម្រាប់លោកអ្នកប៉ុណ្ណោះ។',
    ne: 'के हामीले तपाईंलाई सम्पर्क गर्ने कुनै सुरक्षित तरिका वा सुरक्षित समय छ? तपाईंका लागि सुरक्षित कुरा मात्र बताउनुहोस्।',
    my: 'ကျွန်ုပ်တို့ သင့်ကို ဆက်သွယ်ရန် လုံခြုံသော နည်းလမ်း သို့မဟုတ် လုံခြုံသော အချိန် ရှိပါသလား။ သင့်အတွက် လုံခြုံသည့်အရာကိုသာ ပြောပြပါ။',
    id: 'Apakah ada cara atau waktu yang aman bagi kami untuk menghubungi Anda? Sampaikan hanya yang aman bagi Anda.',
    hi: 'क्या आपसे संपर्क करने का कोई सुरक्षित तरीका या सुरक्षित समय है? केवल वही बताएँ जो आपके लिए सुरक्षित हो।',
    ar: 'هل توجد طريقة آمنة أو وقت آمن للتواصل معكم؟ أخبرونا فقط بما هو آمن لكم.',
  },
  RETALIATION_SINCE_FILING: {
    en: 'Since you filed this grievance, has anyone threatened you, punished you or treated you worse because of it?',
    fr: 'Depuis le dépôt de cette plainte, avez-vous subi des menaces, des sanctions ou un traitement plus dur à cause d’elle ?',
    es: 'Desde que presentó esta queja, ¿alguien le ha amenazado, castigado o tratado peor por ella?',
    vi: 'Từ khi bạn gửi khiếu nại này, có ai đe dọa, trừng phạt hoặc đối xử tệ hơn với bạn vì khiếu nại đó không?',
    bn: 'এই অভিযোগ জমা দেওয়ার পর থেকে কেউ কি এর কারণে আপনাকে হুমকি দিয়েছে, শাস্তি দিয়েছে বা আপনার সঙ্গে আগের চেয়ে খারাপ আচরণ করেছে?',
    km: 'ចាប់តាំងពីលោកអ្នកបានដាក់បណ្ដឹងនេះមក តើមាននរណាម្នាក់បានគំរាមកំហែង ដាក់ទោស ឬប្រព្រឹត្តមកលើលោកអ្នកកាន់តែអាក្រក់ ដោយសារបណ្ដឹងនេះដែរឬទេ?',
    ne: 'यो उजुरी दर्ता गरेदेखि, के कसैले यसै कारण तपाईंलाई धम्की दिएको, सजाय दिएको वा पहिलेभन्दा नराम्रो व्यवहार गरेको छ?',
    my: 'ဤတိုင်ကြားချက်ကို တင်ပြီးနောက်ပိုင်း ယင်းကြောင့် တစ်စုံတစ်ယောက်က သင့်ကို ခြိမ်းခြောက်ခြင်း၊ အပြစ်ပေးခြင်း သို့မဟုတ် ယခင်ထက် ပိုဆိုးစွာ ဆက်ဆံခြင်း ရှိခဲ့ပါသလား။',
    id: 'Sejak Anda mengajukan pengaduan ini, apakah ada yang mengancam, menghukum, atau memperlakukan Anda lebih buruk karenanya?',
    hi: 'यह शिकायत दर्ज करने के बाद से, क्या किसी ने इसकी वजह से आपको धमकी दी, सज़ा दी या आपके साथ पहले से बुरा व्यवहार किया?',
    ar: 'منذ تقديم هذه الشكوى، هل قام أحد بتهديدكم أو معاقبتكم أو معاملتكم بشكل أسوأ بسببها؟',
  },
};

/** The template in the case's language (by its BCP 47 tag), English where none is written. */
export function questionText(template: QuestionTemplate, languageTag: string): string {
  const texts: Partial<Record<string, string>> = TEMPLATE_TEXTS[template];
  return texts[resolveLanguage(languageTag)] ?? TEMPLATE_TEXTS[template].en;
}
