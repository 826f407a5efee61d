/**
 * The activation lab (the lecture's last third, CONCEPTS rows 3, 9, 10): curves and slopes compared,
 * maxout's two lines, stacked layers, a dying ReLU neuron, and a way to put a function into the RNN.
 */
import { useT } from '../i18n/useT';
import { CurvesSection } from './CurvesSection';
import { DepthSection } from './DepthSection';
import { DyingSection } from './DyingSection';
import { MaxoutSection } from './MaxoutSection';
import { RnnSection } from './RnnSection';
import './lab.css';

export function ActivationLab() {
  const t = useT();
  return (
    <section className="activation-lab" aria-labelledby="lab-h">
      <h2 id="lab-h">{t('lab.heading')}</h2>
      <p className="lab-intro">{t('lab.intro')}</p>
      <CurvesSection />
      <MaxoutSection />
      <DepthSection />
      <DyingSection />
      <RnnSection />
    </section>
  );
}
