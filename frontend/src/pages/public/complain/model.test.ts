import { describe, expect, it } from 'vitest';
import { formFieldOf, mapServerErrors, stepOf, toComplaintRequest } from './model';

const describeFe = (fe: { code: string; message: string }) => `${fe.code}: ${fe.message}`;

describe('mapping server field errors to the form', () => {
  it('maps API field names to form fields', () => {
    expect(formFieldOf('consumer.mobile')).toEqual(['consumer', 'mobile']);
    expect(formFieldOf('consumer.division_code')).toEqual(['consumer', 'division']);
    expect(formFieldOf('tags[0]')).toEqual(['tags']);
    expect(formFieldOf('narrative')).toEqual(['narrative']);
    expect(formFieldOf('business.uscc')).toEqual(['business', 'uscc']);
    expect(formFieldOf('channel')).toBeNull();
    expect(formFieldOf('business.division_code')).toBeNull();
  });

  it('knows the step of each field', () => {
    expect(stepOf(['consumer', 'id_number'])).toBe(0);
    expect(stepOf(['business', 'name'])).toBe(1);
    expect(stepOf(['tags'])).toBe(2);
    expect(stepOf(['desired_resolution'])).toBe(3);
    expect(stepOf(['nope'])).toBeNull();
  });

  it('groups errors by field and jumps to the first step with one', () => {
    const mapped = mapServerErrors(
      [
        { field: 'narrative', code: 'length', message: 'too short' },
        { field: 'tags[0]', code: 'unknown', message: 'bad tag' },
        { field: 'tags[2]', code: 'unknown', message: 'bad tag' },
        { field: 'business.uscc', code: 'checksum', message: 'bad code' },
        { field: 'channel', code: 'unknown', message: 'bad channel' },
      ],
      describeFe,
    );
    expect(mapped.firstStep).toBe(1);
    expect(mapped.fields).toEqual([
      { name: ['narrative'], errors: ['length: too short'] },
      { name: ['tags'], errors: ['unknown: bad tag'] },
      { name: ['business', 'uscc'], errors: ['checksum: bad code'] },
    ]);
    expect(mapped.other).toEqual(['unknown: bad channel']);
  });

  it('jumps to the first step even when its error comes last', () => {
    const mapped = mapServerErrors(
      [
        { field: 'occurred_on', code: 'future', message: 'x' },
        { field: 'consumer.mobile', code: 'format', message: 'y' },
        { field: 'consumer.mobile', code: 'other', message: 'z' },
      ],
      describeFe,
    );
    expect(mapped.firstStep).toBe(0);
    expect(mapped.fields.find((f) => f.name.join('.') === 'consumer.mobile')?.errors).toEqual([
      'format: y',
      'other: z',
    ]);
  });

  it('has no step when no error matches a field', () => {
    expect(mapServerErrors([{ field: 'channel', code: 'x', message: 'm' }], describeFe).firstStep).toBeNull();
  });
});

describe('toComplaintRequest', () => {
  it('trims, normalizes and leaves out empty optionals', () => {
    const req = toComplaintRequest({
      consumer: { name: ' 张伟 ', mobile: '+86 138-0013-8000', email: ' ', id_number: '11010519491231002x', division: ['440000', '440100', '440106'] },
      business: { name: '某某健康科技有限公司', uscc: '91440101ma5cq8kl31' },
      category: ['health_products', 'health_products.health_food'],
      tags: [],
      title: ' 保健品宣称治病 ',
      narrative: '  这是一段足够长的投诉描述，用于测试表单。 ',
      amount: '1299.00',
      occurred_on: '2026-11-20',
      desired_resolution: 'refund',
      consent_to_publish: true,
    }, 'zh-Hant');
    expect(req).toEqual({
      consumer: { name: '张伟', mobile: '13800138000', id_number: '11010519491231002X', division_code: '440106', is_minor: false },
      business: { name: '某某健康科技有限公司', uscc: '91440101MA5CQ8KL31' },
      category: 'health_products.health_food',
      title: '保健品宣称治病',
      narrative: '这是一段足够长的投诉描述，用于测试表单。',
      amount: '1299.00',
      occurred_on: '2026-11-20',
      desired_resolution: 'refund',
      consent_to_publish: true,
      language: 'zh-Hant',
    });
  });
});
