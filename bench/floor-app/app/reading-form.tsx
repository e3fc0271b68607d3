'use client';

import { useActionState } from 'react';
import { insertReading } from './actions';

export function ReadingForm() {
  const [id, action] = useActionState(insertReading, '');
  return (
    <form action={action}>
      <input name="meterId" defaultValue="floor-meter" />
      <input name="value" defaultValue="123.456" />
      <button type="submit">Submit</button>
      <output>{id}</output>
    </form>
  );
}
