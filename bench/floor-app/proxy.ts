import { NextResponse } from 'next/server';

// The floor has no headers of its own: it measures the framework and one INSERT.
export function proxy() {
  return NextResponse.next();
}

export const config = { matcher: ['/__none'] };
