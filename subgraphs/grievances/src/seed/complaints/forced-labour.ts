import type { ComplaintTopics } from '../seed-texts';

export const FORCED_LABOUR: ComplaintTopics = {
  'identity documents': [
    [
      'Passports kept by the recruitment agent',
      'The recruitment agent took our passports at the airport when we arrived and still has them, eight months later. When we ask for them he says we will get them back when the contract ends. Two workers who asked again were moved to the night shift. We are 45 workers from the same district and most of us still owe money to the agent at home.',
    ],
    [
      'Passports locked in the HR office',
      'All migrant workers had to hand in their passports to HR on the first day. We cannot take them out, not even to send money home at the bank.',
    ],
    [
      'Worker cannot go home to a funeral',
      'My father died in July. I asked for my passport to go home for the funeral and the manager refused unless I paid a deposit of two months’ wages.',
    ],
    [
      'ID cards kept until the loan is repaid',
      'The company keeps the national ID cards of workers who took a salary advance. They are only returned when the advance is paid back in full.',
    ],
    [
      'Work permits not renewed',
      'The agency kept our work permits and let them expire. Now we are afraid to leave the dormitory because the police can arrest us, and the agency says only they can fix it.',
    ],
    [
      'Documents kept “for safekeeping”',
      'Our passports are kept “for safekeeping” and we need the supervisor’s signature to see them.',
    ],
    [
      'Bank cards held by the supervisor',
      'The supervisor keeps the bank cards and PIN numbers of the migrant workers on line 5. He gives us cash once a month and we do not know how much was paid in.',
    ],
  ],
  'recruitment debts': [
    [
      'Recruitment fees repaid from wages',
      'Workers pay back recruitment fees of three months’ wages through deductions.',
    ],
    [
      'Debt to the agent grows every month',
      'We paid the agent at home and were told the factory would pay the rest. Now a deduction for “agency costs” is taken every month and the debt never seems to get smaller. Some of us borrowed from money lenders at home to pay the first part.',
    ],
    [
      'Workers charged for their own medical test and visa',
      'The cost of the medical test, the visa and the flight is deducted from our wages, although the job advert said the employer pays.',
    ],
    [
      'Salary advance used to tie workers',
      'New workers are given an advance before the festival. Anyone who wants to leave before it is paid back is told they will be reported to the police for theft.',
    ],
    [
      'Contract different from what was promised',
      'At home we signed a contract for a higher wage and eight hours a day. Here we were made to sign a new one in a language we do not read, with a lower wage.',
    ],
    [
      'Families threatened over unpaid fees',
      'The sub-agent phones our families at home when someone wants to stop working and says the family must pay the whole fee at once.',
    ],
    [
      'Deposit kept by the employer',
      'Every new worker pays a deposit of one month’s wage. It is returned only after two years, and not at all if the worker leaves before.',
    ],
    [
      'Agent takes a share of every wage',
      'The agent who brought us comes on pay day and takes part of every wage in cash. He says it is for his services and we must pay for as long as we work here.',
    ],
    [
      'Training bond of two years',
      'New workers sign a bond to stay two years or pay back a “training cost” that is more than a year’s wage.',
    ],
  ],
  'not free to leave': [
    [
      'Workers cannot leave the dormitory',
      'Migrant workers must have permission to leave the dormitory, even on Sundays. The gate is locked at 9 in the evening and the guard keeps the key. A worker who was sick in the night had to wait until the morning to see a doctor. When we asked the manager to change this, he said it is for our safety, but local workers can come and go as they like.',
    ],
    [
      'Resignation refused',
      'I gave one month’s notice as the contract says. The manager tore up my letter and said I can only go when he finds someone to replace me.',
    ],
    [
      'Last month’s wage withheld from workers who leave',
      'Workers who resign lose the wages of their last month. The company says it is a penalty for breaking the contract, even when notice was given.',
    ],
    [
      'Guards at the gate during shifts',
      'During working hours the factory gate is locked and guards do not let anyone out, even to see a doctor, without a pass from the production manager.',
    ],
    [
      'Workers moved to another factory without asking',
      'Twelve of us were moved to a different factory owned by the same company, far from where we live. We were told that if we refused we would be sent home and pay back the fees.',
    ],
    [
      'Threatened with deportation',
      'When we asked about our overtime, the agent said he can cancel our visas any time and have us deported.',
    ],
    [
      'Sick worker not allowed to go home',
      'A worker with a bad fever asked to go back to her country. The company said she must first pay the cost of the ticket and the rest of the recruitment fee.',
    ],
    [
      'Phones taken away at night',
      'Phones are collected in the dormitory every night and given back only on Sunday afternoon. We cannot call our families or anyone for help.',
    ],
  ],
  'work under threat': [
    [
      'Overtime under threat of dismissal',
      'Workers who refuse Sunday overtime are told not to come back on Monday. Three workers in packing were dismissed for this in one month.',
    ],
    [
      'Workers locked in until the target is met',
      'On shipment days the doors of the sewing floor are locked and nobody may go home until the target is finished, sometimes after 2 in the morning. There is no transport at that time, so many of us sleep on the floor between the machines and start again at 8. Workers who tried to leave through the stairs were brought back by the guards.',
    ],
    [
      'Fines for missing the target',
      'If a line misses the daily target, every worker on it is fined. The fines are more than a day’s wage.',
    ],
    [
      'Food withheld as punishment',
      'Workers in the dormitory who do not accept the night shift are not given dinner in the canteen that day.',
    ],
    [
      'Workers made to work to pay off damaged goods',
      'When a batch was rejected, the supervisor told the line to work two Sundays without pay to “pay back” the damaged garments.',
    ],
    [
      'Prisoners working in the packing section',
      'A bus brings people from the local prison to the packing section every morning. They are guarded all day and we were told they are not paid.',
    ],
    [
      'Worker beaten for refusing night work',
      'A worker in the boiler room was beaten by a guard after he refused a second night shift in a row.',
    ],
  ],
  'housing and food': [
    [
      'Dormitory rent higher than promised',
      'The agent promised free housing. Now rent, water and electricity for the dormitory are taken from our wages, almost a third of what we earn.',
    ],
    [
      'Canteen debt deducted from wages',
      'Workers must eat in the company canteen and the meals are written down as a debt. In some months there is almost nothing left of the wage.',
    ],
    [
      'Sixteen workers in one room',
      'We sleep sixteen to a room in the dormitory and cannot move to a room outside, because the contract says workers must live where the company decides.',
    ],
    [
      'Savings kept by the company',
      'Part of our wage goes into a “savings fund” that the company keeps until the end of the contract. Nobody has seen any statement of how much is in it.',
    ],
    [
      'Workers sold from one agent to another',
      'Our first agent closed and we were told another agent “bought” our contracts. The new agent says we owe him the fees again.',
    ],
  ],
};
