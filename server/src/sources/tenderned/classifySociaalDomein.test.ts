import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../config.js';
import { SociaalDomeinClassifier } from './classifySociaalDomein.js';
import { readTendernedReference } from './tendernedReference.js';

let classifier: SociaalDomeinClassifier;
beforeAll(() => {
  classifier = new SociaalDomeinClassifier(readTendernedReference(path.join(REPO_ROOT, 'seed')).themes);
}, 60_000);

const classify = (title: string, description = '', cpvCodes: string[] = []) => classifier.classify({ title, description, cpvCodes });

describe('SociaalDomeinClassifier', () => {
  it('finds the themes of the thesaurus in title and description, as words, hyphenated parts and compound heads', () => {
    expect(classify('VWS EA Landelijke Rapportage cliëntervaringsonderzoeken Wmo')).toMatchObject({ sociaalDomein: true, themes: ['wmo'] });
    expect(classify('Evaluatie Wmo-begeleiding')).toMatchObject({ sociaalDomein: true, themes: ['wmo'] });
    expect(classify('Onderzoek', 'Een onderzoek onder jeugdhulpaanbieders in de regio.').themes).toEqual(['jeugdzorg']);
    expect(classify('Kwartiermaker', 'Met de schuldhulpverlening en het armoedebeleid.').themes).toEqual(['armoedebeleid', 'schuldhulpverlening']);
  });

  it('does not call a Soortenmanagementplan or a robot sociaal domein, even when the description names support', () => {
    const smp = classify('Soortenmanagementplan gemeente Heusden', 'De gemeente wil woningeigenaren ondersteuning bieden bij het verduurzamen; ook voor de Wmo-woningaanpassing.');
    expect(smp).toMatchObject({ sociaalDomein: false, themes: [] });
    expect(smp.reason).toMatch(/soortenmanagement/i);
    expect(classify('Inkoop van een robot voor het magazijn', 'Een robot ter ondersteuning van de medewerkers.')).toMatchObject({ sociaalDomein: false });
  });

  it('adds ways of working (inkoop, organisatieontwikkeling, monitoring) only beside a field of the domain', () => {
    expect(classify('Programmamanager Organisatieontwikkeling', 'De aanbesteding betreft de organisatieontwikkeling en monitoring.')).toMatchObject({ sociaalDomein: false });
    const withField = classify('Monitoring en evaluatie Jeugdwet', 'Organisatieontwikkeling van de toegang tot jeugdhulp.');
    expect(withField.sociaalDomein).toBe(true);
    expect(withField.themes).toEqual(expect.arrayContaining(['jeugdwet', 'organisatieontwikkeling']));
  });

  it('counts general words only in the title and two fields together ("werk en inkomen")', () => {
    expect(classify('Medewerker geo/gegevensbeheer', 'Het werk bestaat uit ondersteuning van het team.').sociaalDomein).toBe(false);
    expect(classify('Enquête toezicht werk en inkomen').sociaalDomein).toBe(true);
  });

  it('takes social-work and social-security CPV codes as evidence, but not management consultancy or training alone', () => {
    expect(classify('Raamovereenkomst', 'Zie leidraad.', ['85312000'])).toMatchObject({ sociaalDomein: true, themes: ['ondersteuning'] });
    expect(classify('Raamovereenkomst', 'Zie leidraad.', ['75310000']).sociaalDomein).toBe(true);
    expect(classify('Raamovereenkomst', 'Zie leidraad.', ['79411000']).sociaalDomein).toBe(false);
    expect(classify('Raamovereenkomst', 'Zie leidraad.', ['80500000']).sociaalDomein).toBe(false);
    expect(classify('Raamovereenkomst', 'Zie leidraad.', ['85121000']).sociaalDomein).toBe(false);
  });

  it('reads a ministry\'s name as its name, not as the subject', () => {
    expect(classify('Evaluatie Transparantieregister Zorg', 'Het ministerie van Volksgezondheid, Welzijn en Sport nodigt u uit.').sociaalDomein).toBe(false);
  });
});
