import type { AreaBar } from './areaChart';
import type { TimePoint } from './figuresOverTime';
import type { AxisEvent } from './timeAxis';

/** Small invented data sets shared by the chart tests (not taken from any article). */
export const AREA_BARS: AreaBar[] = [
  { id: 'f1', label: 'Farmland retaken in the south', km2: 4200, kind: 'reported', reportedBy: 'Army spokesperson', date: '2024-03-02', href: '/articles/floods#s4' },
  { id: 'f2', label: 'Land under water', km2: 1250, kind: 'reported', reportedBy: 'Relief agency', date: '2024-03-09', comparison: 'about the size of a small county' },
  { id: 'f3', label: 'Zone cleared of mines', km2: 310.5, kind: 'reported', reportedBy: 'Demining & Co', date: '2024-04' },
  { id: 'r1', label: 'Devon', km2: 6707, kind: 'reference' },
  { id: 'r2', label: 'Greater London', km2: 1572, kind: 'reference' },
];

export const TIME_POINTS: TimePoint[] = [
  { date: '2024-02-10', km2: 800, reportedBy: 'Army spokesperson', label: 'Early gains', href: '/articles/a#s2' },
  { date: '2024-02-24', km2: 2100, reportedBy: 'Army spokesperson', label: 'Gains so far' },
  { date: '2024-03-15', km2: 4200, reportedBy: 'Army spokesperson', label: 'Farmland retaken' },
  { date: '2024-02-28', km2: 1500, reportedBy: 'Research institute', label: 'Assessed gains' },
  { date: '2024-04-05', km2: 3900, reportedBy: 'Research institute', label: 'Assessed gains, April' },
  { date: '2024-03-20', km2: 5000, reportedBy: 'The Daily Example', label: 'Own estimate' },
];

export const AXIS_EVENTS: AxisEvent[] = [
  { id: 'e1', start: '2024-02-05', end: '2024-02-11', label: 'Week of heavy rain' },
  { id: 'e2', start: '2024-02-08', end: '2024-02-08', label: 'Dam breached', href: '/articles/a#s3' },
  { id: 'e3', start: '2024-02-09', end: '2024-02-09', label: 'Evacuation ordered' },
  { id: 'e4', start: '2024-01-01', end: '2024-01-31', label: 'Cold January' },
  { id: 'e5', start: '2024-03-21', end: '2024-03-31', label: 'Late March talks' },
  { id: 'e6', start: '2024-04-02', end: '2024-04-02', label: 'Agreement signed' },
];
