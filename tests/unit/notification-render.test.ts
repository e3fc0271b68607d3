import { describe, expect, it } from 'vitest';
import { renderNotification, renderNotificationEmail } from '@/lib/notifications/render';

const linked = {
  kind: 'apartmentLinked',
  params: { flat: '108', building: 'г. Москва, ул. Братиславская, д. 14' },
};

describe('rendering a stored notification', () => {
  it('shows each reader the message in their own language', () => {
    const ru = renderNotification('ru', linked);
    const en = renderNotification('en', linked);
    expect(ru.title).toBe('Квартира добавлена в личный кабинет');
    expect(ru.text).toContain('Квартира 108 по адресу г. Москва, ул. Братиславская, д. 14');
    expect(en.title).toBe('Apartment added to your account');
    expect(en.text).toContain('Flat 108 at г. Москва, ул. Братиславская, д. 14');
  });

  it('shows a generic title for a kind it does not know, never a raw key', () => {
    const unknown = renderNotification('ru', { kind: 'somethingNew', params: {} });
    expect(unknown).toMatchObject({ title: 'Уведомление портала', text: '' });
    const hostile = renderNotification('en', { kind: '__proto__.constructor', params: {} });
    expect(hostile.title).toBe('Portal notification');
  });

  it('does not fail when a parameter is missing', () => {
    expect(() => renderNotification('ru', { kind: 'vehicleLinked', params: {} })).not.toThrow();
    expect(renderNotification('ru', { kind: 'vehicleLinked', params: {} }).title).toBe(
      'Автомобиль добавлен в личный кабинет',
    );
  });

  it('builds a plain-text e-mail with the title as the subject', () => {
    const mail = renderNotificationEmail('en', linked);
    expect(mail.subject).toBe('Apartment added to your account — Moy Gorod');
    expect(mail.text.split('\n')).toEqual([
      'Hello,',
      '',
      'Apartment added to your account',
      expect.stringContaining('Flat 108'),
      '',
      expect.stringContaining('This message was sent automatically'),
    ]);
  });
});
