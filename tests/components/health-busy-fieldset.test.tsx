import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BusyFieldset } from '@/app/(resident)/health/appointments/_components/busy-fieldset';

// The free times are one form of many submit buttons: while a booking is on its way, none can be
// pressed again, so one press books one time.

describe('the free times of a doctor', () => {
  it('sends the pressed time and holds every time button until the answer comes', async () => {
    let answer: () => void = () => {};
    const action = vi.fn<(formData: FormData) => Promise<void>>(
      () => new Promise<void>((resolve) => (answer = resolve)),
    );
    render(
      <form action={action}>
        <BusyFieldset>
          <button type="submit" name="slotId" value="slot-1">
            09:00
          </button>
          <button type="submit" name="slotId" value="slot-2">
            09:15
          </button>
        </BusyFieldset>
      </form>,
    );

    await userEvent.click(screen.getByRole('button', { name: '09:15' }));

    expect(action).toHaveBeenCalledOnce();
    expect(action.mock.calls[0]![0].get('slotId')).toBe('slot-2');
    expect(screen.getByRole('button', { name: '09:00' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '09:15' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: '09:00' }));
    expect(action).toHaveBeenCalledOnce();

    answer();
    await vi.waitFor(() => expect(screen.getByRole('button', { name: '09:00' })).toBeEnabled());
  });
});
