import type { ComplaintTopics } from '../seed-texts';

export const WORKING_TIME: ComplaintTopics = {
  'forced overtime': [
    [
      'Forced overtime until 10 pm before shipments',
      'The line supervisor keeps the line until 10 pm several days a week before shipments.',
    ],
    [
      'Overtime is not voluntary',
      'Nobody asks if we want to do overtime. The list is read out at 4 pm and the gate is closed until the overtime ends.',
    ],
    [
      'Mothers cannot refuse evening work',
      'Mothers with small children asked to leave at 5 pm. The production manager said anyone who leaves early does not need to come back.',
    ],
    [
      'Overtime hidden from the buyer',
      'We were told to say we finish at 5 pm if anyone from the brand asks. In fact the sewing floor works until 9 most days.',
    ],
    [
      'Target raised so that overtime is needed',
      'The hourly target was raised from 80 to 110 pieces in March with no change in the style. Nobody can reach it in normal hours, so we stay late every day to finish it. The extra time is not paid as overtime, because the company says we are only finishing our normal target. Those who leave on time are shouted at and lose the attendance bonus.',
    ],
    [
      'Overtime on the night before a holiday',
      'The night before the festival we were kept until 3 in the morning and many missed the last bus home to their villages.',
    ],
    [
      'Sewing through the night for a late order',
      'When the fabric came two weeks late, the buyer did not move the shipping date. Lines 1 to 4 worked through the night twice a week for a month.',
    ],
    [
      'Overtime ordered by text message',
      'The supervisor sends a message at 3 pm saying the whole line stays until 9. Anyone who goes home is marked absent for the whole day.',
    ],
  ],
  'excessive hours': [
    [
      'Eighty-hour weeks in the peak season',
      'From August to October we worked from 8 in the morning to 10 at night, six days a week. Many workers got sick.',
    ],
    [
      'Double shifts in the boiler room',
      'The two boiler operators work 24 hours on and 24 off because the company will not hire a third.',
    ],
    [
      'Guards on 12-hour shifts every day',
      'Security guards work 12 hours a day, seven days a week. They get one day off a month if they ask early.',
    ],
    [
      'Work taken home after the shift',
      'When the target is not met, workers are given bundles to finish at home at night, unpaid.',
    ],
    [
      'Dormitory workers called back at night',
      'Workers who live in the dormitory are woken up and called back to the floor when a container is waiting to be loaded.',
    ],
    [
      'Hours above the legal limit every month',
      'My time card shows more than 100 hours of overtime in each of the last four months. The legal limit is far less.',
    ],
    [
      'A second job after the shift',
      'After the day shift in sewing some of us are sent to the company’s packing unit for four more hours. It is paid as a separate job so it does not show as overtime.',
    ],
  ],
  'rest days and leave': [
    ['No weekly day off during peak season', 'We worked six weeks in a row without a day off during the peak season.'],
    [
      'Sunday work every week',
      'We have worked every Sunday since the new buyer came. The notice says Sunday work is “optional”, but those who stay home lose their attendance bonus.',
    ],
    [
      'Public holidays worked without a day in lieu',
      'We worked on both national holidays this year and got no other day off.',
    ],
    [
      'Sick leave refused',
      'A worker with a high fever was told to stay at her machine until the end of the day. She fainted at 3 pm and was taken home by her sister. Sick leave is only given if the supervisor agrees, and he never agrees in the busy season. Those who stay home sick with a doctor’s note still lose the day’s pay and the attendance bonus.',
    ],
    [
      'Holiday cut short',
      'The factory announced ten days of festival holiday, then called everyone back after four days with a message that anyone who did not come would be dismissed.',
    ],
    [
      'Rest day moved at the last minute',
      'Our rest day is changed every week by a message the night before. We cannot plan anything, not even a visit to the doctor.',
    ],
    [
      'Maternity leave shortened',
      'Women are made to come back after two months of maternity leave, not four, or they lose their job.',
    ],
    ['No day off for the cooks', 'The canteen cooks have had no rest day for three months. They start at 4 am.'],
  ],
  breaks: [
    [
      'Lunch break cut to 20 minutes',
      'The lunch break is one hour on paper but we are called back after 20 minutes when the line is behind. The canteen queue alone takes 15.',
    ],
    [
      'No break on the night shift',
      'On the night shift in packing there is no break at all from 8 pm to 6 am. We eat standing at the tables.',
    ],
    [
      'Tea break removed',
      'The afternoon tea break was removed in May “to improve efficiency”. Now we work five hours without stopping.',
    ],
    ['Workers eat at the machines', 'We have to eat at our machines because the line does not stop for lunch.'],
    [
      'Breaks not allowed for pregnant workers',
      'Pregnant workers asked for a short rest in the afternoon. The supervisor said they should have stayed at home if they are tired.',
    ],
    [
      'Toilet visits taken off working hours',
      'Time away from the machine, even for the toilet, is written down and taken off our working hours at the end of the week.',
    ],
  ],
  'false records and shifts': [
    [
      'Time cards filled in by the office',
      'We do not punch our own cards. The office fills them in and they always show eight hours, whatever we work.',
    ],
    [
      'Workers taught what to say to auditors',
      'Before every audit the supervisors gather us and tell us to say we never work on Sundays and always leave at 5 pm. They give us a paper with the answers and check that we know them. They say the factory will lose the order otherwise and we will all lose our jobs. In the real time cards the Sunday shifts are there, but they are kept in a separate office.',
    ],
    [
      'Shifts changed without notice',
      'Workers are moved from day shift to night shift with one day’s notice. Women who cannot come at night are marked absent.',
    ],
    [
      'Long travel added by the new shift time',
      'The shift now starts at 6 am, before the first bus. Workers walk more than an hour in the dark to arrive on time.',
    ],
    [
      'Fingerprint machine switched off at 5 pm',
      'The fingerprint machine is switched off at 5 pm, so the hours after that are never recorded. We keep working until 8 or 9.',
    ],
    [
      'Cleaning after the shift not counted',
      'After the shift we must clean the machines and the floor for half an hour. It is not counted as working time.',
    ],
    [
      'Overtime written under other names',
      'When a worker has more overtime than the legal limit, the extra hours are written under the name of someone who went home.',
    ],
  ],
};
