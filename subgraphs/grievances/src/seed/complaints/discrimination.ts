import type { ComplaintTopics } from '../seed-texts';

export const DISCRIMINATION: ComplaintTopics = {
  'pregnancy and maternity': [
    [
      'Pregnant workers pushed to resign',
      'Three sewing operators were told to resign when their pregnancy started to show. Maternity pay was refused because they had “left on their own”.',
    ],
    [
      'Pregnancy test before hiring',
      'Women who apply are sent to the clinic for a urine test. Those who are pregnant are not hired.',
    ],
    [
      'Second half of maternity benefit never paid',
      'I have worked here four years and went on maternity leave in May. The second half of my maternity benefit was never paid. HR says the owner will decide.',
    ],
    [
      'Pregnant worker moved to standing work',
      'When I told my line chief I was pregnant, he moved me from my machine to the ironing table where I stand all day in the heat from the irons. I asked to go back and he said I could resign if I did not like it. I am now six months pregnant and my legs are swollen every evening. Two other women on our floor were treated the same way and one of them has already left.',
    ],
    [
      'Contracts of pregnant workers not renewed',
      'Women on one-year contracts who become pregnant are not renewed. It has happened to at least five of us this year.',
    ],
    [
      'No time to breastfeed',
      'Mothers coming back from leave get no breaks to feed their babies. The childcare room is used as a store for cartons.',
    ],
    [
      'Unpaid leave forced on pregnant workers',
      'Pregnant workers in the cutting section were told to take unpaid leave from the fifth month “for their own safety”.',
    ],
  ],
  harassment: [
    [
      'Supervisor harassing women on line 7',
      'The supervisor of line 7 touches women when he checks their work and makes dirty jokes about their bodies. Two girls left the job because of him, and a new operator cried in the toilet on her first day. When we went to the welfare officer she said we were exaggerating and should not make trouble. He is the production manager’s cousin and we are afraid to say more.',
    ],
    [
      'Line chief slapped a helper',
      'The line chief throws bundles at workers who are slow and slapped a helper in front of everyone.',
    ],
    [
      'Guard follows women on the night shift',
      'On the night shift a security guard follows women to the toilets. The women now only go in pairs.',
    ],
    [
      'Promotion offered for meeting after work',
      'A production manager told two operators they would become supervisors if they met him after work. They refused and were moved to the worst line the next week.',
    ],
    [
      'Insults every day on the third floor',
      'The floor in-charge calls us animals and swears at us every day the target is not met.',
    ],
    [
      'Harassment committee exists only on paper',
      'The notice board says there is an anti-harassment committee but nobody knows who is on it. A written complaint we gave in August has had no answer.',
    ],
    [
      'Worker dismissed after reporting harassment',
      'After she reported the quality manager for harassment, she was dismissed for “poor performance” within two weeks. She had never had a warning before.',
    ],
    [
      'Mechanic harassing young operators',
      'A mechanic on the second floor only repairs the machines of young women who let him sit close to them. The others wait for hours and lose their piece rate.',
    ],
    [
      'Searches at the gate by male guards',
      'Women leaving after the shift are body-searched by male guards at the gate. We asked for a woman guard and were told there is no budget.',
    ],
  ],
  'unequal pay and promotion': [
    [
      'Women paid less than men for the same machine work',
      'Men on the same machines earn a higher piece rate than women.',
    ],
    [
      'Only men become supervisors',
      'All 14 supervisors are men though most operators are women. Women with ten years of service have been refused promotion again and again.',
    ],
    [
      'Women left out of the attendance bonus',
      'The attendance bonus is paid to the men in the cutting room but not to the women in sewing, although the rule on the notice board is the same for everyone.',
    ],
    [
      'Women graded as helpers while running machines',
      'Women are kept in the helper grade even when they operate machines. Men doing the same work are graded as operators and paid more.',
    ],
    [
      'Training only for men',
      'Only men are sent to the training on the new automatic machines. Women are told the machines are “too technical”.',
    ],
    [
      'Migrant workers paid less than local workers',
      'Migrant workers are paid less per hour than local workers on the same line and do not get the festival bonus.',
    ],
  ],
  'hiring and dismissal': [
    [
      'Nobody over 35 hired',
      'The notice at the gate says operators must be under 35. Experienced older women are sent away.',
    ],
    [
      'Married women told there is no vacancy',
      'HR asks women if they are married and if they plan to have children. Married women are told there is no vacancy.',
    ],
    [
      'Hardest jobs given to one ethnic group',
      'Workers from the hill districts are always put on loading and cleaning and never trained on machines, whatever their experience.',
    ],
    [
      'Worker dismissed after an HIV test',
      'A worker was dismissed after the yearly medical check showed she is HIV positive. Nobody asked her before the test and the result was told to her supervisor before it was told to her. The next week she was given a letter saying her contract was ended for “health reasons”. Now other workers are afraid of the medical check and some have stopped going to the clinic.',
    ],
    [
      'Deaf worker refused after passing the test',
      'A deaf worker who passed the sewing test was told he cannot be hired because of “safety”. He has worked on the same machines for six years elsewhere.',
    ],
    [
      'Headscarves not allowed on the line',
      'Women were told to take off their headscarves on the line or go home. Four were sent home without pay that day.',
    ],
    [
      'Older workers pushed out before retirement',
      'Workers over 50 are moved to night shifts and heavier work until they resign, so the company does not have to pay their service benefit.',
    ],
    [
      'Women kept out of the cutting room',
      'The cutting room only takes men. Women who asked to move there, where the pay is higher, were told it is “men’s work”.',
    ],
    [
      'Workers with a disability kept on probation',
      'A worker who uses a crutch has been on probation for two years. Others hired at the same time were made permanent after three months.',
    ],
  ],
  'caste, origin and religion': [
    [
      'Workers from lower castes eat separately',
      'Workers from lower castes are made to eat in a separate corner of the canteen and use different water glasses.',
    ],
    [
      'No leave for religious holidays of minority workers',
      'Leave is given for the main festivals but workers of the minority religion are refused even one unpaid day for their own holidays.',
    ],
    [
      'Indigenous workers called names',
      'Indigenous workers in the warehouse are called by insulting names by the store keeper. When we asked him to stop he laughed.',
    ],
    [
      'Migrants not allowed in the welfare committee',
      'The election for the welfare committee was only open to local workers. Half of the workers here are migrants and have no one to speak for them.',
    ],
    [
      'Workers from the south paid a lower rate',
      'Workers who come from the southern provinces are put on a lower daily rate than those from the city. The supervisor says it is because “they are used to less”.',
    ],
  ],
};
