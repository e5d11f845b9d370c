import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .grid {
    display: grid;
    gap: var(--_space);
  }
`;
