'use client';

import { useEffect } from 'react';
import { moscowDate } from '@/lib/city';

const KEY = 'mg-visit-day';

/** Tells the server once per browser session and Moscow day that someone is here; nothing identifying is sent. */
export function VisitBeacon() {
  useEffect(() => {
    try {
      const today = moscowDate(new Date());
      if (sessionStorage.getItem(KEY) === today) return;
      if (navigator.sendBeacon?.('/api/visit')) sessionStorage.setItem(KEY, today);
    } catch {
      // Storage can be disabled (private modes); the visit simply goes uncounted.
    }
  }, []);
  return null;
}
