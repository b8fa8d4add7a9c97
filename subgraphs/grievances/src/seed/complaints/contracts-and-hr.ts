import type { ComplaintTopics } from '../seed-texts';

export const CONTRACTS_AND_HR: ComplaintTopics = {
  'no written contract': [
    ['No written contracts for new workers', 'Workers hired this year have no written contract and no payslip.'],
    [
      'Contract signed blank',
      'On the first day we signed a paper with nothing written on it except our names. We never got a copy and do not know what our contract says.',
    ],
    [
      'Appointment letters taken back',
      'We were given appointment letters when we started, and a week later HR collected them “to correct a mistake”. They were never returned.',
    ],
    [
      'Contract in a language workers do not understand',
      'The contracts are written in a language most of the migrant workers cannot read. Nobody explained them before we signed.',
    ],
    [
      'No ID card or service book',
      'After two years I still have no factory ID card or service book. Without them I cannot prove I work here.',
    ],
    [
      'Terms changed after signing',
      'The contract we signed says eight hours and a monthly wage. After three months the company started paying by the piece, without any new agreement.',
    ],
    [
      'Workers not registered with the labour office',
      'Half of the workers in the finishing section are not on the company’s register. When inspectors come they are told to go out by the back gate.',
    ],
    [
      'Papers signed before the audit',
      'Before the audit we were made to sign papers saying we had received our contracts and safety training. Most of us cannot read them and there was never any training.',
    ],
  ],
  'short and agency contracts': [
    [
      'Workers kept on rolling short contracts',
      'Workers are kept on three-month contracts for years so they never get permanent benefits.',
    ],
    [
      'Agency workers doing permanent jobs',
      'Most of the sewing operators are hired through an agency, some for five years. We do the same work as permanent workers on the same lines, but we get no attendance bonus, no paid sick days and no service benefit. Every six months the agency makes us sign a new contract. When one of us asked to be made permanent, the agency told her there was no more work for her.',
    ],
    [
      'Contracts ended before the probation runs out',
      'New workers are dismissed one week before their probation ends and hired again a month later as new workers, so they never become permanent.',
    ],
    [
      'Made to resign and rejoin every year',
      'Every December we are made to sign a resignation letter and a new joining form dated January, so our years of service start again from zero.',
    ],
    [
      'Daily workers for years',
      'I have been a daily worker in the warehouse for four years. Every morning I wait at the gate to know if there is work.',
    ],
    [
      'Contract workers moved between companies',
      'Our contracts are moved from one company to another of the same owner every year. Each company says the other one owes us our benefits.',
    ],
    [
      'Paying the agency for every new contract',
      'To get a job through the agency each worker pays it a month’s wage. When the contract ends after six months, we pay again to be taken back.',
    ],
  ],
  'dismissal without due process': [
    [
      'Dismissed without notice or reason',
      'I was told at the gate that my card does not work any more. No letter, no reason, no notice pay.',
    ],
    [
      'Workers dismissed for asking about their wages',
      'Four workers went to the office to ask why their overtime was missing. The next day they were told they were dismissed for “indiscipline”.',
    ],
    [
      'Forced to sign a resignation letter',
      'The HR manager called me into the office with two guards at the door and told me to sign a resignation letter or be reported to the police for theft. Nothing was ever stolen. I signed because I was afraid. After that they said I had resigned myself, so I get no notice pay and no severance for my eleven years of work.',
    ],
    [
      'Sick worker dismissed',
      'A worker on line 2 was off sick for ten days with a hospital certificate. When she came back she was told her job was given to someone else.',
    ],
    [
      'Mass dismissal without consultation',
      'Around 200 workers were dismissed when a buyer moved its orders. There was no notice to the workers or to the union and the severance offered is less than the law says.',
    ],
    [
      'Dismissed for a phone on the line',
      'A worker was dismissed on the spot because her phone rang on the line. She had worked there for nine years without any warning.',
    ],
    [
      'Disciplinary hearing without the worker',
      'The company held an inquiry against me while I was on leave and dismissed me without ever hearing my side.',
    ],
  ],
  'discipline and fines': [
    [
      'Fines written on a board',
      'Fines for talking, for going to the toilet too often or for a broken needle are written on a board by the line chief and deducted at the end of the month. There is no written rule.',
    ],
    [
      'Workers punished by standing in front of the line',
      'Workers who make mistakes are made to stand in front of the line for an hour as punishment.',
    ],
    [
      'Warning letters for refusing overtime',
      'Workers who do not stay for overtime get warning letters. After three letters they are dismissed.',
    ],
    [
      'No grievance procedure',
      'There is no way to make a complaint inside the factory. The suggestion box has been locked for a year and nobody knows who has the key.',
    ],
    [
      'Personnel files with false warnings',
      'When one of us asked to see her file before a transfer, it had three warning letters she had never seen or signed.',
    ],
    [
      'Suspended without pay for weeks',
      'Workers under investigation are suspended with no pay for as long as the company wants. One of us has waited seven weeks for a decision.',
    ],
  ],
  'leave and transfers': [
    [
      'Annual leave refused',
      'Requests for annual leave are always refused in the busy season, which is most of the year. Unused days are not paid.',
    ],
    [
      'Leave days taken without asking',
      'When there are no orders the factory closes for a few days and counts them as our annual leave.',
    ],
    [
      'Transfer to another city as punishment',
      'Workers who complain are transferred to the company’s other factory in another city, knowing they cannot move their families and will resign.',
    ],
    [
      'Probation with no end',
      'I have been on probation for 14 months. The law says six at most. HR says the manager has not signed my confirmation yet.',
    ],
    [
      'Sick leave not given to contract workers',
      'Only permanent workers get paid sick leave. Contract workers lose the day’s pay and sometimes the job.',
    ],
    [
      'Retirement age lowered without agreement',
      'The company lowered the retirement age to 50 in its rules without asking the workers. Several colleagues were retired early and lost part of their benefit.',
    ],
    [
      'HR keeps resigning workers’ certificates',
      'Workers who resign do not get their experience certificate unless they pay the HR assistant. Without it, other factories will not hire them.',
    ],
    [
      'Night work imposed by a new schedule',
      'A new schedule was put on the board moving half of the women to night work from next month, without asking them or the workers’ committee.',
    ],
  ],
};
