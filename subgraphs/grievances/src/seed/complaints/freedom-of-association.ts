import type { ComplaintTopics } from '../seed-texts';

export const FREEDOM_OF_ASSOCIATION: ComplaintTopics = {
  'dismissals for union work': [
    [
      'Union organiser dismissed after a meeting',
      'Our organiser held a meeting with workers from the knitting section on Friday evening, after the shift and outside the factory. On Monday she was not allowed through the gate and was told she was dismissed for “misconduct”. She has seven years of service and never had a warning. The supervisor who was seen outside the meeting place has since told other workers that the same will happen to anyone who joins.',
    ],
    [
      'Union leaders dismissed after registering the union',
      'Five elected union officers were dismissed a week after the union applied for registration.',
    ],
    [
      'Whole line dismissed after signing union forms',
      'After most of line 9 signed membership forms, the line was “closed for restructuring” and all 38 workers were let go. A new line with new workers opened in the same place two weeks later.',
    ],
    [
      'Union president’s contract not renewed',
      'The president of our factory committee was on a fixed-term contract and it was not renewed, although everyone else on her line was renewed.',
    ],
    [
      'Dismissed for speaking to the labour inspector',
      'Two workers who told the labour inspector about unpaid overtime were dismissed the week after his visit.',
    ],
    [
      'Union members laid off first',
      'In the layoffs this month 41 of the 60 workers dismissed were union members, although members are less than a quarter of the workforce.',
    ],
    [
      'Organiser suspended on false charges',
      'Our organiser was suspended for “theft of thread”. The security video was never shown to him and the inquiry was run by the same manager who told him to leave the union.',
    ],
    [
      'Reinstated workers not allowed back',
      'The labour court ordered the reinstatement of our four leaders in March. The company pays their wages but does not let them into the factory or talk to workers.',
    ],
  ],
  'threats and pressure': [
    [
      'Workers threatened for joining the union',
      'Supervisors told workers they would lose their overtime if they joined the union.',
    ],
    [
      'Members called in one by one',
      'Union members are called into the HR office one by one and asked to sign a letter saying they leave the union. Those who refuse are moved to the night shift.',
    ],
    [
      'Threat to close the factory',
      'The owner told all workers at the morning meeting that he will close the factory if the union is registered.',
    ],
    [
      'Union members followed after work',
      'Men who are not workers wait outside the gate after the shift and follow union members home. One of them told our treasurer that they know where her children go to school.',
    ],
    [
      'Police called to a peaceful meeting',
      'We held a meeting in the tea shop near the factory to discuss the wage increase. The management called the police, who took the names of everyone there.',
    ],
    [
      'Union leader beaten on the way home',
      'Our general secretary was beaten by three men on his way home the night after we filed our demands. They told him to stop “making trouble in the factory”. He was in hospital for four days with a broken arm. We reported it to the police with the names of two of the men, who work for the company’s labour contractor, and the police have done nothing.',
    ],
    [
      'Blacklist of union members',
      'Workers who were members of the union at another factory are refused at the gate here. The guard has a list of names.',
    ],
    [
      'Bonus cut for members',
      'The production bonus was stopped only for the workers who joined the union. Non-members on the same line still get it.',
    ],
  ],
  'interference in the union': [
    [
      'Management set up its own union',
      'After we applied for registration, management set up another union led by the supervisors and told workers to join it instead.',
    ],
    [
      'Managers sitting in union meetings',
      'The HR manager comes to our meetings in the canteen and writes down who speaks.',
    ],
    [
      'Workers’ representatives chosen by management',
      'The members of the participation committee were not elected. The names were put on the notice board by management one morning.',
    ],
    [
      'Union notices torn down',
      'Our notices on the canteen board are torn down the same day. The company’s notices stay for weeks.',
    ],
    [
      'No place or time to meet',
      'The company refuses the union any room in the factory and does not allow meetings in the lunch break, even outside the building.',
    ],
    [
      'Election of worker representatives rigged',
      'At the election of worker representatives the supervisors stood next to the ballot box and watched how each worker voted. The candidates of the union all lost.',
    ],
    [
      'Union dues not passed on',
      'Union dues are deducted from members’ wages as agreed, but for five months the company has not passed the money to the union.',
    ],
  ],
  'bargaining refused': [
    [
      'Employer refuses to negotiate',
      'We represent more than half of the workers and sent our demands in writing three times since March: a wage increase, a crèche and transport for the night shift. The employer has not answered any letter. He says he only talks to the welfare committee, whose members he chose himself. When we asked the labour office to call a meeting, the company did not come.',
    ],
    [
      'Collective agreement not applied',
      'The collective agreement signed in January gives a housing allowance from April. Nobody has received it and management says the agreement is “under review”.',
    ],
    [
      'Strike answered with mass dismissal',
      'After a legal two-hour stoppage over the missing wage increase, 112 workers received dismissal letters. The union had given notice as the law requires.',
    ],
    [
      'Workers made to sign away the wage increase',
      'Workers were told to sign a paper accepting a smaller increase than the one agreed with the union, or lose their attendance bonus.',
    ],
    [
      'Talks cancelled after the buyer left',
      'Management agreed to meet the union while the buyer’s team was in the country. When they left, all meetings were cancelled.',
    ],
    [
      'Replacement workers brought in during the strike',
      'During our strike the company brought in workers by bus from another factory to do our jobs, which the law does not allow.',
    ],
  ],
  'registration blocked': [
    [
      'Union registration delayed by the employer',
      'Management sent the labour office a list saying many of our members are not workers of the factory, so the registration was refused. The list is false.',
    ],
    [
      'Members forced to withdraw their signatures',
      'Before the registration officer came, workers were made to write letters withdrawing their membership. Some of them cannot read what they signed.',
    ],
    [
      'Union office searched',
      'Our office near the factory was searched by people from the company and the membership register was taken.',
    ],
    [
      'Workers in the export zone told unions are banned',
      'Workers are told at induction that unions are not allowed in the export zone. That is not what the law says.',
    ],
    [
      'Contract workers told they cannot join',
      'Workers hired through the agency are told that if they join the union their contract will end. They are half of the workforce.',
    ],
    [
      'Union leaders transferred far away',
      'Three union leaders were transferred to the company’s warehouse 200 km away the week we filed for registration.',
    ],
    [
      'Petition signers questioned by security',
      'Everyone who signed the petition for a union was questioned by the security officer, one at a time, with the door closed.',
    ],
  ],
};
