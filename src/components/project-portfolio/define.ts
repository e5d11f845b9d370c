import { defineElement } from '../../internal/define.js';
import { ProjectPortfolio } from './project-portfolio.js';

export { ProjectPortfolio };

defineElement('project-portfolio', ProjectPortfolio);

declare global {
  interface HTMLElementTagNameMap {
    'project-portfolio': ProjectPortfolio;
  }
}
