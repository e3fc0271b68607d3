import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'danger';

const styles: Record<Variant, string> = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400',
  secondary:
    'border border-brand-700 bg-white text-brand-700 hover:bg-brand-50 disabled:text-slate-400',
  danger: 'bg-accent-600 text-white hover:bg-red-800 disabled:bg-slate-400',
};

export function Button({
  variant = 'primary',
  className = '',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      type="button"
      {...props}
      className={`inline-flex min-h-11 cursor-pointer items-center justify-center rounded-md px-4 py-2 font-semibold disabled:cursor-not-allowed ${styles[variant]} ${className}`}
    />
  );
}
