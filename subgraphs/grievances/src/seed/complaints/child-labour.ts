import type { ComplaintTopics } from '../seed-texts';

export const CHILD_LABOUR: ComplaintTopics = {
  'children at work': [
    [
      'Under-age helpers in the finishing section',
      'There are at least six helpers in finishing who are 13 or 14. They cut threads and fold shirts from 8 in the morning until the evening, the same hours as the adults. When buyers visit they are sent up to the roof and told to stay there until someone calls them. One of them is the daughter of a woman on my line; she left school last year because the family needs the money.',
    ],
    [
      'Children hidden when auditors come',
      'Every time there is an audit the young ones are told to stay home that day and come back the next morning. Everyone on the floor knows it.',
    ],
    [
      'A 12-year-old girl working in packing',
      'My neighbour’s daughter is 12 and works in packing from 8 in the morning.',
    ],
    [
      'Boys carrying bundles between floors',
      'Boys of around 14 carry bundles of cut pieces up and down the stairs all day. They are paid by the day in cash and are not on any list.',
    ],
    [
      'Children helping their mothers reach the target',
      'Some mothers bring their children to help them on the line because the target is too high. The supervisor lets them stay because the line goes faster.',
    ],
    [
      'Young girls in the thread-cutting room',
      'In the thread-cutting room on the ground floor most workers are girls who look 13 to 15. The door is kept closed and nobody from outside goes in.',
    ],
    [
      'A boy washing pots in the canteen',
      'A boy of about 12 washes pots in the canteen kitchen from morning until the last shift.',
    ],
    [
      'Under-age cleaners from the hostel',
      'The toilet cleaners are girls from the hostel who are 13 or 14. They clean before the first shift and after the last one.',
    ],
    [
      'Young workers locked in a back room during visits',
      'There is a room behind the sample section where the young workers are kept when visitors come. The door is locked from outside until the visitors leave.',
    ],
  ],
  'false age papers': [
    [
      'Workers using borrowed ID cards',
      'Several young workers in sewing use the ID cards of older sisters or cousins. The HR office knows and says nothing.',
    ],
    [
      'Age certificates bought from a doctor',
      'New workers who look young are sent to a doctor near the gate who writes an age certificate for a fee. The fee is cut from the first wage.',
    ],
    [
      'Birth year changed on the hiring form',
      'Our daughter is 15 but her hiring form says 18. The HR assistant filled it in himself and told her to learn the new date by heart.',
    ],
    [
      'No age check at the gate',
      'The factory takes anyone who comes to the gate in the morning. Nobody asks for an ID card. Last week two children from our village started there.',
    ],
    [
      'Fourteen-year-old hired on her sister’s papers',
      'My sister is 14. She was hired on my papers and works on the same line as me. I told the supervisor I was worried about her and he told me to keep quiet if I want to keep my job.',
    ],
    [
      'Young workers told to lie about their age',
      'At least four girls in quality checking are under 16. They were told to say they are 18 if anyone asks.',
    ],
  ],
  'young workers in dangerous work': [
    [
      'Young workers on night shifts in packing',
      'Workers under 18 are put on night shifts in packing when orders are late. Some of them fall asleep at the tables.',
    ],
    [
      '16-year-olds mixing chemicals in dyeing',
      'Two boys aged 16 mix chemicals in the dyeing section without masks or gloves. One of them had a rash on both arms for weeks.',
    ],
    [
      'Teenagers on the cutting machines',
      'Teenage workers operate the band knife in the cutting room. In June a boy cut his hand badly.',
    ],
    [
      'Young workers kept until midnight',
      'The young workers in finishing stay until midnight with everyone else. Their overtime is written under other workers’ names so it does not show.',
    ],
    ['Under-18s lifting heavy fabric rolls', 'Workers under 18 in the fabric store lift rolls of more than 40 kg.'],
    [
      'Girls working with glue in a room without air',
      'In the upper section girls of 15 and 16 apply glue all day in a room with no fan and the windows shut. They get headaches and some have fainted.',
    ],
    [
      'Young helper hurt on the heat press',
      'A 15-year-old helper burnt his hand on the heat press on line 3. He was sent home without treatment and has not been paid since.',
    ],
    [
      'Young workers on the loading team at night',
      'The night loading team is mostly boys of 15 and 16. They load containers until 3 in the morning and go to school the next day.',
    ],
  ],
  'work outside the factory': [
    [
      'Children sewing at home for the factory',
      'The factory gives out bundles for hand-finishing in our neighbourhood: buttons, labels and cutting threads. A middleman brings the bundles in the evening and collects them in the morning, and pays by the piece. Children do most of the work after school and late into the night, some of them 8 or 9 years old. The middleman says the factory knows, because the deadlines come from them.',
    ],
    [
      'Children leaving school for the factory',
      'In our village children of 13 and 14 have left school to work at the factory because their parents’ wages are not enough to feed the family.',
    ],
    [
      'Pupils working during exams',
      'Pupils from the secondary school work evening shifts in packing. Some missed their exams because they could not get time off.',
    ],
    [
      'Children at the embroidery subcontractor',
      'Part of the embroidery is sent to a small workshop behind the market. Children work on the machines there, some of them about 11.',
    ],
    [
      'Children working in the warehouse in the holidays',
      'During the school holidays many children work in the warehouse. They are paid in cash and their names are not written anywhere.',
    ],
    [
      'Children packing cartons across the road',
      'The cartons are packed at a subcontractor across the road where children work. We see them carrying the boxes back to our gate.',
    ],
    [
      'Migrant workers’ children working in the dormitory',
      'Children of the migrant workers who live in the dormitory wash and iron for the other workers. The dormitory manager takes a share of what they are paid.',
    ],
  ],
  'trainees and dismissals': [
    [
      'Child “trainees” paid nothing',
      'Children are taken in as trainees for three months without pay. After the training many are sent away and new ones are taken.',
    ],
    [
      'Apprentices under 15 on full shifts',
      'The apprentices are 14 and 15 years old and work the full ten-hour shift like the adults. They are called learners so they get half the wage.',
    ],
    [
      'Young helpers paid less than half the wage',
      'The helpers are all young, some under 14. They get less than half the minimum wage and no payslip.',
    ],
    [
      'Young workers dismissed after the audit',
      'After the audit found young workers last month, all of them were dismissed the same day. They were not paid for the days they had worked that month and nobody from the factory talked to their families. Most of them are now working at smaller workshops nearby for even less. Nobody offered to help them go back to school, although we were told the brand has a programme for this.',
    ],
    [
      'Children sent home with no support',
      'The factory sent home about 20 young workers after a buyer asked questions. Their families lost the income overnight and nobody offered school fees or any help.',
    ],
    [
      'Under-age workers brought by a contractor',
      'A labour contractor brings a group of young workers every peak season. They are not on the factory’s books and the contractor pays them less than the adults.',
    ],
  ],
};
