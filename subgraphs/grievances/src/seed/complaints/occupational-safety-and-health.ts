import type { ComplaintTopics } from '../seed-texts';

export const OCCUPATIONAL_SAFETY_AND_HEALTH: ComplaintTopics = {
  'fire and exits': [
    [
      'Fire exit locked during night shifts',
      'The fire exit at the end of the sewing floor is chained every night from 10 pm. The guard says it is to stop theft. If there is a fire at night there is only the main staircase for 300 people.',
    ],
    [
      'Exits of the third floor locked in the day',
      'The exits of the third floor are locked during the day shift and the fire drill has not happened this year.',
    ],
    ['Stairs blocked with cartons', 'The back staircase is full of cartons of finished goods. You cannot get down it.'],
    [
      'Fire alarm does not work',
      'When smoke came from the boiler room last week the alarm did not ring. The supervisors shouted to us to leave. The alarm has been broken since the spring.',
    ],
    [
      'Fire extinguishers empty',
      'The extinguishers on our floor are past their date and two of them are empty. They were changed only on the day of the audit and taken away again after.',
    ],
    [
      'Sparks from old wiring',
      'The electric wires above line 2 are old and give sparks when the machines start. There is lint everywhere around them.',
    ],
    [
      'Fire drill with the doors closed',
      'At the fire drill in October the workers on the fourth floor could not get out because the exit door was locked. Nobody has done anything since.',
    ],
  ],
  'building safety': [
    [
      'Cracks in columns of the production building',
      'Workers on the fourth floor saw new cracks in the columns after heavy knitting machines were added in the summer. Some cracks are wide enough to put a finger in. When we showed them to the floor manager he had them painted over. We are about 400 workers on that floor and we are afraid to go in every morning. We ask for an engineer to inspect the building before someone is killed.',
    ],
    [
      'Extra floor built on top',
      'An extra floor was built on the roof this year for the new line. The walls shake when all the machines run, and water comes through the ceiling of the floor below.',
    ],
    [
      'Workers sent back into a cracked building',
      'After cracks appeared in the stairwell we were sent home for one day. The next morning we were told to come back or lose the month’s wage. Nobody has seen an engineer’s report.',
    ],
    [
      'Generator on the top floor',
      'The big generator is on the top floor next to the finishing section. The whole floor vibrates when it runs and the smell of diesel makes people sick.',
    ],
    [
      'Roof leaks onto the electric panel',
      'When it rains, water runs down the wall onto the main electric panel in the cutting room.',
    ],
    [
      'Safety committee never meets',
      'The factory says it has a safety committee, but its members were chosen by management and it has never met. Workers do not know whom to tell about dangers.',
    ],
  ],
  'machines and injuries': [
    [
      'Needle guards removed to go faster',
      'The needle guards are taken off the machines on lines 4 and 5 so that operators can work faster. Three workers had needles through their fingers this month.',
    ],
    [
      'Injured worker sent home without pay',
      'A cutter lost the tip of his finger on the band knife in the cutting room. He was given first aid, put in a rickshaw and sent home. The factory did not pay for the hospital and has not paid him for the six weeks he could not work. When his wife went to the office, they said the accident was his own fault because he was working too fast, but the target is set by the supervisor.',
    ],
    [
      'Accidents not reported',
      'When someone is hurt the supervisor tells them to say it happened at home. The accident book is empty.',
    ],
    [
      'No guard on the press in the footwear line',
      'The sole press in the assembly hall has no guard and no two-hand button. A worker crushed her hand on it in February.',
    ],
    [
      'Forklifts driven by untrained workers',
      'In the warehouse, helpers with no licence are told to drive the forklifts. One almost ran over a worker last week.',
    ],
    [
      'No doctor or nurse on site',
      'There are more than 1,500 workers and the medical room is always closed. A worker who fainted on the line waited an hour for someone to take her to hospital.',
    ],
    [
      'Mechanic shocked by an unearthed socket',
      'A mechanic got a strong electric shock while repairing an iron on line 8. The socket had no earth wire. He survived, and the socket is still the same.',
    ],
    [
      'Boiler certificate expired',
      'The boiler behind the washing plant leaks steam and bangs loudly. The boiler man says its certificate ran out two years ago.',
    ],
  ],
  'chemicals, heat and air': [
    [
      'Workers in the spray booth without masks',
      'Workers in the spot-cleaning booth spray chemicals all day without masks. The extraction fan has been broken for months and the room smells strongly.',
    ],
    [
      'Chemicals without labels',
      'In the dyeing section chemicals are poured from big drums into plastic bottles with no labels. Nobody tells us what they are.',
    ],
    [
      'Too hot on the top floor',
      'In the hot season it is above 38 degrees on the top floor. The fans are too few and workers faint. Drinking water runs out by noon.',
    ],
    [
      'Dust in the spinning section',
      'The air in the spinning section is full of cotton dust and many workers cough all the time. Masks are only given out before visits.',
    ],
    [
      'Noise in the weaving hall',
      'The weaving hall is so loud you cannot hear someone shouting next to you. Ear plugs were given once, last year.',
    ],
    [
      'Soldering fumes on the assembly line',
      'On the assembly line the soldering fumes go straight into our faces. The fume hoods are switched off to save electricity.',
    ],
    [
      'Pregnant women working with solvents',
      'Pregnant workers are kept in the gluing room with the solvents. They asked to move and were refused.',
    ],
  ],
  'toilets, water and breaks': [
    [
      'Not enough toilets for women',
      'There are four toilets for about 600 women on the sewing floors. The queue takes most of the break and one of them has been broken for weeks. There is no water in the afternoon, and no bin for sanitary pads. Many women drink as little as possible during the day so they do not need to go, and some have been to the clinic with infections.',
    ],
    [
      'Toilet visits limited and timed',
      'We need a token from the line chief to go to the toilet and only two tokens are given per line. Workers wait for more than an hour.',
    ],
    [
      'Dirty drinking water',
      'The drinking water on the second floor is yellow and tastes of rust. Workers got stomach sickness.',
    ],
    [
      'Canteen food makes workers sick',
      'Last Tuesday more than 40 workers were sick after lunch in the canteen. The same thing happened in June. The kitchen has no running water.',
    ],
    [
      'Standing for the whole shift',
      'Quality checkers must stand for the whole ten-hour shift. The chairs were taken away because “people sit and talk”. Many of us have swollen legs.',
    ],
  ],
  dormitories: [
    [
      'Dormitory with one door and bars on the windows',
      'The dormitory has one door, which is locked at night, and bars on every window. Sixty people sleep on the two floors.',
    ],
    [
      'Gas cylinders in the dormitory rooms',
      'Workers have to cook on gas cylinders inside the dormitory rooms because there is no kitchen. There have already been two small fires.',
    ],
    [
      'Electric shocks in the dormitory showers',
      'People get small electric shocks in the showers of the men’s dormitory. We reported it twice.',
    ],
  ],
};
