'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

/**
 * Re-reads the page from the server every `everyMs` while the bank has not answered, for at most
 * `forMs`; the page stops rendering this once the payment is settled.
 */
export function AutoRefresh({
  everyMs = 2000,
  forMs = 120_000,
  stoppedText,
}: {
  everyMs?: number;
  forMs?: number;
  /** Shown when it gives up, already translated. */
  stoppedText: string;
}) {
  const router = useRouter();
  const [stopped, setStopped] = useState(false);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started >= forMs) {
        clearInterval(timer);
        setStopped(true);
        return;
      }
      router.refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs, forMs]);
  return stopped ? <p className="text-sm">{stoppedText}</p> : null;
}
