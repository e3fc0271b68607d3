import 'server-only';
import { notFound, redirect } from 'next/navigation';
import type { z } from 'zod';
import type { Viewer } from '@/lib/auth/roles';
import { fieldErrorsOf, formInput, type FormInput } from '@/lib/forms/action-state';
import { getViewer } from '@/server/auth/viewer';

// Every server action is the same four steps: the viewer (or a sign-in redirect), the form parsed by
// the service's zod schema (field errors as message keys the form shows in the reader's language),
// the handler (which calls the DAL; the DAL checks ownership again), the answer. `stateAction` is
// for forms with useActionState, `formAction` for plain forms whose every answer is a redirect.
// Both refuse a request whose arguments are not a form with 404: a forged body never reaches the
// handler, and never makes a 500.

/** Who may use an action. */
export type Access =
  /** Anyone: a visitor or a signed-in person (the fine check, the language switch, the bank's page). */
  | { anyone: true }
  /** A visitor only (sign-in, registration); a signed-in person is sent on to this page. */
  | { guest: Route }
  /** A signed-in person; a visitor is sent to sign in and then back to this page. */
  | { signIn: Route }
  /** Staff allowed by the policy; anyone else gets the 404 the staff pages give them. */
  | { staff: (viewer: Viewer | null) => boolean };

/** A page, or a page that depends on what the form carried (a step of a wizard, say). */
type Route = string | ((values: FormValues) => string);

/** The form's text fields, each cut to the action's `maxLength`: to rebuild a page or echo input. */
export type FormValues = Record<string, string>;

type ViewerOf<A extends Access> = A extends { signIn: Route } | { staff: unknown }
  ? Viewer
  : A extends { guest: Route }
    ? null
    : Viewer | null;

export type ActionContext<A extends Access> = {
  viewer: ViewerOf<A>;
  values: FormValues;
  /** The moment the request arrived: every rule of the action decides by this one instant. */
  now: Date;
};

type Definition<A extends Access, S extends z.ZodType, R> = {
  access: A;
  /** The service's schema (from lib/<service>/); a function when it depends on the city's today. */
  schema: S | ((now: Date) => S);
  /** Each field's value is cut to this length before parsing (default 1,000 characters). */
  maxLength?: number;
  /** How a form the schema refuses is answered: field errors are message keys. */
  invalid: (fieldErrors: Partial<Record<string, string>>, context: ActionContext<A>) => R;
  handler: (input: z.output<S>, context: ActionContext<A>) => Promise<R>;
};

/** A form action used with useActionState: `(previous state, form data) → the next state`. */
export function stateAction<A extends Access, S extends z.ZodType, State>(
  definition: Definition<A, S, State | Promise<State>>,
): (previous: State, formData: FormData) => Promise<State> {
  return async (_previous, formData) => run(definition, formData);
}

/** A plain form action: its answers are redirects (`invalid` and `handler` redirect or return). */
export function formAction<A extends Access, S extends z.ZodType>(
  definition: Definition<A, S, void | Promise<void>>,
): (formData: FormData) => Promise<void> {
  return async (formData) => run(definition, formData);
}

async function run<A extends Access, S extends z.ZodType, R>(
  definition: Definition<A, S, R | Promise<R>>,
  formData: unknown,
): Promise<R> {
  // Anything but a form is a request no page of ours sends.
  if (!(formData instanceof FormData)) notFound();
  const input = formInput(formData, definition.maxLength ?? 1000);
  const values = textValues(input);
  const viewer = await viewerFor(definition.access, values);
  const now = new Date();
  const context = { viewer, values, now } as ActionContext<A>;
  const schema =
    typeof definition.schema === 'function' ? definition.schema(now) : definition.schema;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return definition.invalid(fieldErrorsOf(parsed.error), context);
  return definition.handler(parsed.data, context);
}

async function viewerFor(access: Access, values: FormValues): Promise<Viewer | null> {
  const viewer = await getViewer();
  const page = (route: Route) => (typeof route === 'function' ? route(values) : route);
  if ('signIn' in access && !viewer)
    redirect(`/login?next=${encodeURIComponent(page(access.signIn))}`);
  if ('guest' in access && viewer) redirect(page(access.guest));
  if ('staff' in access && (!viewer || !access.staff(viewer))) notFound();
  return viewer;
}

function textValues(input: FormInput): FormValues {
  const out: FormValues = {};
  for (const [key, value] of Object.entries(input))
    out[key] = typeof value === 'string' ? value : (value.at(-1) ?? '');
  return out;
}
