import type { ServiceGroup } from '@/lib/catalogue/services';

const paths: Record<ServiceGroup, string> = {
  housing: 'M3 11.5 12 4l9 7.5M5.5 9.5V20h13V9.5M10 20v-5.5h4V20',
  health:
    'M12 20s-7.5-4.6-7.5-10A4.3 4.3 0 0 1 12 7.4 4.3 4.3 0 0 1 19.5 10c0 5.4-7.5 10-7.5 10ZM12 10v5M9.5 12.5h5',
  education:
    'M2.5 9 12 4.5 21.5 9 12 13.5 2.5 9ZM6.5 11v4.5c0 1.6 2.5 3 5.5 3s5.5-1.4 5.5-3V11M21.5 9v5',
  transport:
    'M5 16.5V12l1.8-4.6A2 2 0 0 1 8.7 6h6.6a2 2 0 0 1 1.9 1.4L19 12v4.5M4 12h16v4.5H4V12ZM7 19v-2.5M17 19v-2.5M7.5 14.2h.01M16.5 14.2h.01',
  city: 'M7 3.5h7.5L19 8v12.5H7V3.5ZM14.5 3.5V8H19M10 12h6M10 15.5h6',
};

/** A decorative pictogram of a service group; the group's name is always written next to it. */
export function GroupIcon({
  group,
  className = 'size-6',
}: {
  group: ServiceGroup;
  className?: string;
}) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
    >
      <path d={paths[group]} />
    </svg>
  );
}
