import { describe, expect, it } from 'vitest';
import { trail } from '../../src/lib/breadcrumbs';
import { useTranslations } from '../../src/i18n';

const t = useTranslations('en');

describe('breadcrumbs', () => {
  it('puts a code under its class, a Winsock number directly under Home', () => {
    expect(trail('425/', '425', t)).toEqual([{ name: '4xx', path: '4xx/' }, { name: '425', path: '425/' }]);
    expect(trail('10060/', '10060', t)).toEqual([{ name: '10060', path: '10060/' }]);
  });
  it('puts comparisons under the compare page and commands under the command list', () => {
    expect(trail('220-vs-425/', 'x', t)[0]).toEqual({ name: 'Compare', path: 'compare/' });
    expect(trail('commands/PASV/', 'PASV', t)[0]).toEqual({ name: 'Commands', path: 'commands/' });
    expect(trail('commands/', 'Commands', t)).toEqual([{ name: 'Commands', path: 'commands/' }]);
  });
  it('puts symptoms under troubleshooting and guides under the guide list', () => {
    expect(trail('troubleshoot/listing-fails/', 'Listing fails', t)).toEqual([
      { name: 'Troubleshooting', path: 'troubleshoot/' },
      { name: 'Listing fails', path: 'troubleshoot/listing-fails/' },
    ]);
    expect(trail('troubleshoot/', 'Troubleshooting', t)).toEqual([{ name: 'Troubleshooting', path: 'troubleshoot/' }]);
    expect(trail('guides/ftps/', 'FTPS', t)).toEqual([{ name: 'Guides', path: 'guides/' }, { name: 'FTPS', path: 'guides/ftps/' }]);
    expect(trail('guides/ftps/', 'FTPS', useTranslations('ko'))[0]).toEqual({ name: '가이드', path: 'guides/' });
  });
  it('gives the home page no trail', () => {
    expect(trail('', 'Home', t)).toEqual([]);
  });
});
