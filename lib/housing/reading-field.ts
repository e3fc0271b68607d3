// Apart from the readings schema, so the form can name its fields without loading zod.

/** The form field of one meter zone: `m_<meter id>_<zone>`. */
export function readingField(meterId: string, zone: number): string {
  return `m_${meterId}_${zone}`;
}
