import type { Programme } from '../programme-rules';
import { BBB_EU_SAFE_HARBOR_PROGRAM } from './bbb-eu-safe-harbor-program';
import { CASRO_SAFE_HARBOR } from './casro-safe-harbor';
import { VERASAFE_PROGRAMS } from './verasafe-programs';

/** The programmes this service runs (issue 12's seeds). */
export const SHIPPED_PROGRAMMES: readonly Programme[] = [CASRO_SAFE_HARBOR, BBB_EU_SAFE_HARBOR_PROGRAM, VERASAFE_PROGRAMS];
