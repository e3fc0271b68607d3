import type { ServiceSlug } from '@/lib/catalogue/services';

// Which services the cabinet offers next to each linked record, by their catalogue slugs.

export const apartmentServices: readonly ServiceSlug[] = [
  'water-meter-readings',
  'electricity-meter-readings',
  'epd',
  'housing-payments',
];

export const vehicleServices: readonly ServiceSlug[] = ['traffic-fines'];

/** Services a resident uses for themselves, whatever they have linked. */
export const personalServices: readonly ServiceSlug[] = ['doctor-appointments'];

/** Grade from a class like `9А`; null when the child is not at school or the class is unreadable. */
export function gradeOf(schoolClass: string | null): number | null {
  const grade = Number.parseInt(schoolClass ?? '', 10);
  return Number.isInteger(grade) && grade >= 1 && grade <= 11 ? grade : null;
}

/**
 * A pupil gets the school services (state exams from the 9th grade on); a child not yet at school
 * gets the kindergarten queue. Every child can be taken to a doctor by their representative.
 */
export function childServices(child: {
  schoolId: string | null;
  schoolClass: string | null;
}): ServiceSlug[] {
  if (!child.schoolId) return ['kindergarten-queue', 'doctor-appointments'];
  const grade = gradeOf(child.schoolClass);
  return [
    'school-diary',
    'school-pass-and-meals',
    ...(grade !== null && grade >= 9 ? (['exam-results'] as const) : []),
    'school-transfer',
    'doctor-appointments',
  ];
}

export type { ServiceSlug };
