import type { ComplaintTopics } from '../seed-texts';

export const COMPENSATION: ComplaintTopics = {
  'unpaid overtime': [
    [
      'Overtime on line 12 not paid',
      'Line 12 worked until 9 pm every day in the last two weeks of August to finish an order. The overtime is not on our payslips. The line chief says it was “target work” and not overtime.',
    ],
    ['Overtime paid at the normal rate', 'Overtime hours are paid at the normal rate instead of the legal premium.'],
    [
      'Sunday work paid as a normal day',
      'We worked three Sundays in October. The law says double pay, but we got the normal daily wage and no day off in exchange.',
    ],
    [
      'Two sets of time cards',
      'There are two time cards: the one shown to buyers stops at 7 pm, the real one goes to 10 pm. We are paid on the first one.',
    ],
    [
      'Overtime paid in cash without a record',
      'Overtime after 8 pm is paid in cash in an envelope, at less than the normal hourly rate, with no record of it anywhere.',
    ],
    [
      'Night shift allowance stopped',
      'The night shift allowance was stopped in June without any notice. The night shift in the dyeing section still works the same hours.',
    ],
    [
      'Unpaid work before the shift',
      'We must be at our machines 30 minutes before the shift starts to prepare the bundles. This time is never paid.',
    ],
  ],
  'late and missing wages': [
    [
      'Wages paid late for two months',
      'September and October wages were paid more than three weeks late, with no explanation.',
    ],
    [
      'Factory closed without paying wages',
      'The factory closed suddenly on the 3rd of the month. The owner left and nobody has paid us for the last two months of work. About 900 workers are owed wages and their final pay.',
    ],
    [
      'Wages paid in instalments',
      'For half a year wages have been paid in two or three parts, the last part sometimes in the next month. We have to borrow money to pay rent.',
    ],
    [
      'Festival bonus not paid',
      'The festival bonus that the law requires was not paid before the holiday. Management says it will be paid “when the buyer pays”.',
    ],
    [
      'Final pay held back after resignation',
      'I resigned properly in May with a month’s notice. My final wages and leave pay have still not been paid and HR does not answer my calls.',
    ],
    [
      'Wages for the lockdown weeks not paid',
      'When the factory stopped for five weeks because there were no orders, workers were sent home and told they would be paid later. Nothing was ever paid.',
    ],
  ],
  'below the minimum wage': [
    [
      'Helpers paid below the minimum wage',
      'The helpers in the finishing section get less than the legal minimum wage. The new minimum wage was announced in December and nothing has changed.',
    ],
    [
      'New minimum wage not applied',
      'The new minimum wage came into force in January but the company still pays the old one. When we asked, we were told the buyer has not increased its prices.',
    ],
    [
      'Piece rates too low to reach the minimum',
      'On piece rate almost nobody on the trouser lines reaches the minimum wage, and the company does not pay the difference as it must.',
    ],
    [
      'Trainees kept on trainee pay for a year',
      'New workers are paid the trainee wage for a whole year, while the law allows three months.',
    ],
    [
      'Grade changed to pay less',
      'Senior operators were moved down to a lower grade in the new pay structure so their wage did not go up with the minimum wage.',
    ],
    [
      'Home workers paid a few coins per piece',
      'Women in our village sew buttons and labels for the factory at home. They are paid so little per piece that a full day gives less than a third of the daily minimum wage.',
    ],
    [
      'Guards and cleaners paid below the minimum',
      'The guards and cleaners are paid by a contractor. They work 12 hours a day and get less than the minimum wage for eight.',
    ],
  ],
  'deductions and fines': [
    [
      'Wages cut for faults found in quality check',
      'When the quality checker finds a fault, the operator loses half a day’s pay. It happens several times a week and we are never shown the garment or told what was wrong. Sometimes the fault is in the fabric and not our sewing. In August some workers on line 4 lost more than a week’s wage this way. The deductions are not on the payslip; the total is just smaller.',
    ],
    ['Deduction for being five minutes late', 'If you are five minutes late, a whole day’s pay is cut.'],
    [
      'Money taken for uniforms and scissors',
      'The cost of uniforms, scissors and ID cards is deducted from our first two wages. The law says the employer pays for these.',
    ],
    [
      'Sick days cut from wages with a doctor’s note',
      'Workers who are sick, even with a note from the hospital, lose the day’s wage and the monthly attendance bonus.',
    ],
    [
      'Unexplained deduction on every payslip',
      'Every payslip has a deduction called “other”, bigger each month. Nobody in the payroll office can tell us what it is.',
    ],
    [
      'Attendance bonus lost for one day of leave',
      'A worker who takes one day of approved leave loses the whole month’s attendance bonus, which is almost a tenth of the wage.',
    ],
    [
      'Piece rate cut without notice',
      'The rate for a collar on line 6 was cut by a quarter from one week to the next. Nobody told us; we saw it on the payslip.',
    ],
    [
      'Target bonus never paid',
      'We were promised a bonus if the line reached its target for the whole month. Line 3 reached it in July and August and nobody was paid.',
    ],
  ],
  'social insurance and benefits': [
    [
      'Social insurance not paid for workers',
      'Social insurance is deducted from our wages every month and shows on the payslip. But when a worker went to the social insurance office for her maternity benefit, they said the company has paid nothing for her since last year. Other workers checked and it is the same for them. The company says it is a mistake of the system and will be fixed, but it has said so for five months.',
    ],
    [
      'No severance for dismissed workers',
      'Sixty workers were dismissed when the knitting section closed. They were given one month’s wage and no severance, though some worked there for more than ten years.',
    ],
    [
      'Annual leave not paid out',
      'When our contracts ended, the unused annual leave was not paid. Some of us had more than 15 days left.',
    ],
    [
      'Service benefit paid only to some',
      'The service benefit was paid to the supervisors but not to the operators who retired in the same month.',
    ],
    [
      'Payslips in a language nobody can read',
      'Our payslips are only in English. We cannot check the hours, the rate or the deductions. When we ask, they say the payslip is correct.',
    ],
    [
      'Wages paid through an agent who takes a cut',
      'Our wages are paid to a labour agent first, who pays us in cash. Each month the amount is less than on the payslip we sign.',
    ],
    [
      'Injury compensation refused',
      'A worker broke his arm falling from a loading platform. The company refuses to pay compensation because he was “a contractor’s worker”.',
    ],
    [
      'Maternity pay on the basic wage only',
      'Maternity benefit is worked out on the basic wage without the allowances, so women get much less than the law says.',
    ],
  ],
};
