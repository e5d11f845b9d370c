import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
`;
