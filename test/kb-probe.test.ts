import { describe, expect, it } from 'vitest';
import { resolvePhrase } from '../src/core/kb-query.js';
import { testEngine } from '../src/testing/engine.js';

/**
 * Role-at-date probes, written from general knowledge of who held which office (not from the KB's
 * own output), across continents and 1985–2024. A development set: the held-out probe set that
 * measures the KB is kept elsewhere.
 */
const PROBES: Array<[phrase: string, date: string, name: string]> = [
  ['the French president', '1990-06-01', 'François Mitterrand'],
  ['the British prime minister', '1985-06-01', 'Margaret Thatcher'],
  ['the German chancellor', '1995-06-01', 'Helmut Kohl'],
  ['the German foreign minister', '1990-06-01', 'Hans-Dietrich Genscher'],
  ['the US secretary of state', '1998-06-01', 'Madeleine Albright'],
  ['the Russian president', '1995-06-01', 'Boris Yeltsin'],
  ['the Soviet leader', '1987-06-01', 'Mikhail Gorbachev'],
  ['the Chinese premier', '1990-06-01', 'Li Peng'],
  ['the Japanese prime minister', '2002-06-01', 'Junichiro Koizumi'],
  ['the South African president', '1996-06-01', 'Nelson Mandela'],
  ['the Nigerian president', '2001-06-01', 'Olusegun Obasanjo'],
  ['the Kenyan president', '1990-06-01', 'Daniel arap Moi'],
  ['the Egyptian president', '1995-06-01', 'Hosni Mubarak'],
  ['the Israeli prime minister', '1993-09-01', 'Yitzhak Rabin'],
  ['the Argentine president', '1990-06-01', 'Carlos Menem'],
  ['the Mexican president', '1996-06-01', 'Ernesto Zedillo'],
  ['the Canadian prime minister', '1988-06-01', 'Brian Mulroney'],
  ['the Australian prime minister', '1990-06-01', 'Bob Hawke'],
  ['the Indonesian president', '1990-06-01', 'Suharto'],
  ['the Philippine president', '1987-06-01', 'Corazon Aquino'],
  ['the Pakistani prime minister', '1990-03-01', 'Benazir Bhutto'],
  ['the Iranian president', '2000-06-01', 'Mohammad Khatami'],
  ['the Turkish prime minister', '2005-06-01', 'Recep Tayyip Erdoğan'],
  ['the Polish president', '1992-06-01', 'Lech Wałęsa'],
  ['the Czech president', '1995-06-01', 'Václav Havel'],
  ['the Chilean president', '1985-06-01', 'Augusto Pinochet'],
  ['the Venezuelan president', '2005-06-01', 'Hugo Chávez'],
  ['the New Zealand prime minister', '2000-06-01', 'Helen Clark'],
  ['the Jordanian king', '1995-06-01', 'Hussein'],
  ['the UN secretary-general', '1995-06-01', 'Boutros Boutros-Ghali'],
  ['the NATO secretary general', '2010-06-01', 'Anders Fogh Rasmussen'],
  ['the Spanish prime minister', '1990-06-01', 'Felipe González'],
  ['the Ethiopian prime minister', '2005-06-01', 'Meles Zenawi'],
  ['the Zimbabwean president', '2000-06-01', 'Robert Mugabe'],
  ['the South Korean president', '2000-06-01', 'Kim Dae-jung'],
  ['the Ukrainian president', '2010-06-01', 'Viktor Yanukovych'],
  ['the Ghanaian president', '1995-06-01', 'Jerry Rawlings'],
  ['the Swedish prime minister', '1986-06-01', 'Ingvar Carlsson'],
  ['the Indian prime minister', '2024-03-01', 'Narendra Modi'],
  ['the Brazilian president', '2005-06-01', 'Luiz Inácio Lula da Silva'],
];

function plain(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

describe('role-at-date probes (development set)', () => {
  const engine = testEngine();
  it.each(PROBES)('%s on %s is %s', (phrase, date, name) => {
    const r = resolvePhrase(engine, phrase, date);
    expect(plain(r.name ?? ''), r.reason).toContain(plain(name.split(' ').pop()!));
  });
});
