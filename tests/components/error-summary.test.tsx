import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Field } from '@/components/ui/field';
import { links, pageTitle, renderIn, summary, onTitledPage } from './error-summary-helpers';

// GOV.UK's error summary: "Есть ошибки", a link to each field in error worded as beside it, a form's
// own error as a plain item, "Ошибка: " before the page's title while it shows.

onTitledPage();

describe('the error summary', () => {
  const fields = [
    { name: 'fullName', id: 'full-name' },
    { name: 'email', id: 'email' },
  ];
  const errorOf = (name: string) =>
    ({ fullName: 'Укажите фамилию и имя', email: 'Введите адрес электронной почты' })[name];

  it('shows nothing, and leaves the title alone, while nothing is wrong', async () => {
    await renderIn('ru', <ErrorSummary ref={createRef()} fields={[]} errorOf={errorOf} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.title).toBe(pageTitle);
  });

  it('links each field in error, in the order given, with the error beside it as the text', async () => {
    const { unmount } = await renderIn(
      'ru',
      <ErrorSummary
        ref={createRef()}
        fields={fields}
        errorOf={errorOf}
        formError="Слишком много попыток. Попробуйте через 12 мин."
      />,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 2, name: 'Есть ошибки' })).toBeVisible();
    expect(links()).toEqual([
      ['Укажите фамилию и имя', 'full-name'],
      ['Введите адрес электронной почты', 'email'],
    ]);
    // The form's own error is an item of the list, not a link.
    const items = within(alert).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Слишком много попыток. Попробуйте через 12 мин.');
    expect(within(items[0]!).queryByRole('link')).toBeNull();
    expect(summary()).toHaveAttribute('tabindex', '-1');

    expect(document.title).toBe(`Ошибка: ${pageTitle}`);
    unmount();
    expect(document.title).toBe(pageTitle);
  });

  it('moves the focus to the field a link names, and to a group’s first input', async () => {
    await renderIn(
      'ru',
      <>
        <ErrorSummary
          ref={createRef()}
          fields={[...fields, { name: 'consent', id: 'consent-group' }]}
          errorOf={(name) => errorOf(name) ?? 'Подтвердите согласие'}
        />
        <Field id="full-name" label="ФИО" />
        <Field id="email" label="Электронная почта" />
        <div id="consent-group">
          <input type="checkbox" id="consent" aria-label="Согласие" />
        </div>
      </>,
    );
    await userEvent.click(screen.getByRole('link', { name: 'Введите адрес электронной почты' }));
    expect(screen.getByLabelText('Электронная почта')).toHaveFocus();
    await userEvent.click(screen.getByRole('link', { name: 'Подтвердите согласие' }));
    expect(screen.getByRole('checkbox', { name: 'Согласие' })).toHaveFocus();
  });
});
